// The extractor against the labelled paragraphs of tests/fixtures/extraction: the scores are
// deterministic, so a change that loses figures, units, qualifiers, claimants or periods fails here.
import { evaluate, sameUnit, shortfalls, TARGETS } from './evaluation';
import { extractFigures } from './extract';
import { readLabelledSet } from './labelled-set';

const set = readLabelledSet();
const report = evaluate(set.paragraphs, (p) => extractFigures(p.text, { published: p.published, series: set.series, claimants: set.claimants }), set.claimants);

describe('the labelled set', () => {
  it('has at least 80 paragraphs, each figure quoted from its text', () => {
    expect(set.paragraphs.length).toBeGreaterThanOrEqual(80);
    for (const paragraph of set.paragraphs) {
      for (const figure of paragraph.figures) expect(paragraph.text.slice(figure.start, figure.end)).toBe(figure.quote);
    }
  });

  it('holds hard cases and paragraphs without figures', () => {
    expect(set.paragraphs.filter((p) => p.source === 'hard').length).toBeGreaterThanOrEqual(20);
    expect(set.paragraphs.filter((p) => p.figures.length === 0).length).toBeGreaterThanOrEqual(8);
  });
});

describe('scores on the labelled set', () => {
  it('meet the targets', () => {
    expect(shortfalls(report)).toEqual([]);
    expect(report.value.f1).toBeGreaterThanOrEqual(TARGETS.valueF1);
    expect(report.valueUnit.f1).toBeGreaterThanOrEqual(TARGETS.valueUnitF1);
    expect(report.qualifier.rate).toBeGreaterThanOrEqual(TARGETS.qualifier);
    expect(report.claimant.rate).toBeGreaterThanOrEqual(TARGETS.claimant);
    expect(report.period.rate).toBeGreaterThanOrEqual(TARGETS.period);
  });

  it('meet them on the held-out paragraphs too', () => {
    const test = set.paragraphs.filter((p) => p.split === 'test');
    const held = evaluate(test, (p) => extractFigures(p.text, { published: p.published, series: set.series, claimants: set.claimants }), set.claimants);
    expect(shortfalls(held)).toEqual([]);
  });
});

describe('evaluate', () => {
  const paragraph = {
    id: 'p', source: 'hard', split: 'dev' as const, published: null, text: 'About 5 troops.',
    figures: [{ value: 5, qualifier: 'approx' as const, low: null, high: null, unit: 'troops', what: 'troops', claimant: null, claimant_org: null, via: null, period_start: null, period_end: null, quote: 'About 5 troops.', start: 0, end: 15, series: null }],
  };

  it('counts a figure found with another unit against value+unit but not value', () => {
    const wrongUnit = evaluate([paragraph], () => [{ ...paragraph.figures[0], unit: 'shells', confidence: 1 }], []);
    expect(wrongUnit.value.f1).toBe(1);
    expect(wrongUnit.valueUnit.f1).toBe(0);
    expect(wrongUnit.misses.map((m) => m.kind)).toEqual(['unit']);
  });

  it('counts a figure that is not labelled as spurious and one not found as missed', () => {
    const result = evaluate([paragraph], () => [{ ...paragraph.figures[0], value: 6, confidence: 1 }], []);
    expect(result.value).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(result.misses.map((m) => m.kind).sort()).toEqual(['missed', 'spurious']);
  });

  it.each([
    ['training grounds', 'grounds', true],
    ['children', 'child', true],
    ['USD per hour', 'USD', false],
    ['troops', 'soldiers', false],
    [null, null, true],
  ])('compares units by their head noun: %s and %s', (a, b, same) => {
    expect(sameUnit(a, b)).toBe(same);
  });
});
