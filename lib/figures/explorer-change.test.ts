import {
  baselineProblem,
  computeChange,
  divideBounds,
  figureBounds,
  formatSigned,
  formatSignedPercent,
  indexFigure,
  subtractBounds,
  type Quantity,
} from './explorer-change';

const q = (value: string, qualifier: Quantity['qualifier'] = 'exact', valueLow: string | null = null, valueHigh: string | null = null): Quantity => ({
  value,
  qualifier,
  valueLow,
  valueHigh,
});

describe('figureBounds', () => {
  it('reads each qualifier as the values it allows', () => {
    expect(figureBounds(q('10000', 'more_than'))).toEqual({ low: 10000, high: null, lowStrict: true, highStrict: false, approximate: false });
    expect(figureBounds(q('10000', 'at_least'))).toMatchObject({ low: 10000, high: null, lowStrict: false });
    expect(figureBounds(q('4800000', 'up_to'))).toMatchObject({ low: null, high: 4800000, highStrict: false });
    expect(figureBounds(q('400', 'less_than'))).toMatchObject({ low: null, high: 400, highStrict: true });
    expect(figureBounds(q('5000000', 'range', '4000000', '6000000'))).toMatchObject({ low: 4000000, high: 6000000 });
    expect(figureBounds(q('15000', 'approx'))).toMatchObject({ low: 15000, high: 15000, approximate: true });
  });
});

describe('bounds arithmetic', () => {
  it('subtracts the start from the end, widest first', () => {
    const change = subtractBounds(figureBounds(q('5000000', 'range', '4000000', '6000000')), figureBounds(q('1500000')));
    expect(change).toMatchObject({ low: 2500000, high: 4500000 });
  });

  it('divides only by a base known to be above zero, leaving open what an open base leaves open', () => {
    expect(divideBounds(figureBounds(q('30')), figureBounds(q('10', 'up_to')))).toBeNull();
    expect(divideBounds(figureBounds(q('30')), figureBounds(q('0')))).toBeNull();
    expect(divideBounds(figureBounds(q('30')), figureBounds(q('10', 'more_than')))).toMatchObject({ low: null, high: 3, highStrict: true });
    expect(divideBounds(figureBounds(q('30', 'more_than')), figureBounds(q('10')))).toMatchObject({ low: 3, high: null, lowStrict: true });
  });
});

describe('computeChange', () => {
  it('gives an exact change between exact figures', () => {
    const change = computeChange(q('1247'), q('1859'));
    expect(change.absoluteText).toBe('+612');
    expect(change.percentText).toBe('+49.1%');
    expect(change.precision).toBe('exact');
    expect(change.caveats).toEqual([]);
  });

  it('says "more than 10,000" to "about 15,000" is not a precise delta', () => {
    const change = computeChange(q('10000', 'more_than'), q('15000', 'approx'));
    expect(change.precision).toBe('upper-bound');
    expect(change.absoluteText).toBe('less than about +5,000');
    expect(change.percentText).toBe('less than about +50%');
    expect(change.caveats).toEqual(['“more than 10,000” is a lower bound', '“about 15,000” is approximate']);
  });

  it('carries "about" through both ends', () => {
    const change = computeChange(q('3000', 'approx'), q('15000', 'approx'));
    expect(change.absoluteText).toBe('about +12,000');
    expect(change.percentText).toBe('about +400%');
    expect(change.precision).toBe('approximate');
  });

  it('gives a lower bound when the later figure is one', () => {
    const change = computeChange(q('4800000', 'up_to'), q('6000000', 'more_than'));
    expect(change.absoluteText).toBe('more than +1.2 million');
    expect(change.percentText).toBe('no percentage: the first figure is open-ended');
  });

  it('gives a range when either figure is a range', () => {
    const change = computeChange(q('1500000', 'approx'), q('5000000', 'range', '4000000', '6000000'));
    expect(change.absoluteText).toBe('between about +2.5 million and +4.5 million');
    expect(change.percentText).toBe('between about +167% and +300%');
    expect(change.caveats).toEqual(['“about 1.5 million” is approximate', '“4 to 6 million” is a range']);
  });

  it('cannot tell a change between two figures open the same way', () => {
    const change = computeChange(q('3000', 'more_than'), q('3000', 'more_than'));
    expect(change.precision).toBe('unknown');
    expect(change.absoluteText).toMatch(/^cannot be told/);
  });

  it('shows a fall with a minus sign', () => {
    const change = computeChange(q('15000', 'approx'), q('13000', 'approx'));
    expect(change.absoluteText).toBe('about −2,000');
    expect(change.percentText).toBe('about −13.3%');
  });

  it('gives no percentage from zero', () => {
    expect(computeChange(q('0'), q('10')).percentText).toBe('no percentage: the first figure is zero');
  });
});

describe('formatting', () => {
  it('writes signs and sensible digits', () => {
    expect(formatSigned(5000)).toBe('+5,000');
    expect(formatSigned(-2500000)).toBe('−2.5 million');
    expect(formatSigned(0)).toBe('0');
    expect(formatSignedPercent(49.99999999999)).toBe('+50%');
    expect(formatSignedPercent(0.333)).toBe('+0.33%');
    expect(formatSignedPercent(250)).toBe('+250%');
  });
});

describe('indexFigure', () => {
  it('indexes a figure against an exact baseline', () => {
    expect(indexFigure(q('15000'), q('3000'))).toMatchObject({ y: 500, precision: 'exact', text: '500' });
  });

  it('carries the qualifiers of both figures', () => {
    expect(indexFigure(q('12000', 'more_than'), q('3000', 'approx'))).toMatchObject({ y: 400, precision: 'lower-bound', text: 'more than about 400' });
    expect(indexFigure(q('5000000', 'range', '4000000', '6000000'), q('2000000'))).toMatchObject({ y: 250, precision: 'range', text: 'between 200 and 300' });
  });

  it('refuses an open-ended or zero baseline, and says why', () => {
    expect(indexFigure(q('15000'), q('3000', 'more_than'))).toBeNull();
    expect(baselineProblem(q('3000', 'more_than'))).toBe('“more than 3,000” is a lower bound');
    expect(indexFigure(q('5000000', 'range', '4000000', '6000000'), q('5000000', 'range', '4000000', '6000000'))).toMatchObject({ precision: 'range' });
    expect(baselineProblem(q('0'))).toMatch(/is not above zero/);
    expect(baselineProblem(q('3000', 'approx'))).toBeNull();
  });
});
