import { comparablePeriods, indexBaseline, indexPoint, placementText, pointDate, spanToX, toPoint, type Placed } from './chart-point';
import { placeFigureSpan } from './explorer-range';
import { parsePartialDate } from './period';
import type { FigureView, PartialDate, SeriesView } from './types';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const shells: SeriesView = { id: 1, slug: 'shells-delivered', title: 'Shells', unit: 'shells', topic: 'munitions', kind: 'cumulative', description: '' };
const flows: SeriesView = { ...shells, slug: 'shells-in-period', kind: 'flow' };

function figure(overrides: Partial<FigureView> & { start?: string; end?: string } = {}): FigureView {
  const { start, end, ...rest } = overrides;
  return {
    figureId: 7,
    versionId: 7,
    version: 1,
    seriesSlug: 'shells-delivered',
    value: '1500000',
    qualifier: 'approx',
    valueLow: null,
    valueHigh: null,
    periodStart: start ? date(start) : null,
    periodEnd: end ? date(end) : null,
    claimant: { id: 1, name: 'Vadym Skibitskyi', organization: "Ukraine's Defense Intelligence (HUR)" },
    via: null,
    publisher: { id: 1, name: 'LIGA.net' },
    url: null,
    publicationTitle: null,
    publishedOn: date('2024-02-26'),
    quote: null,
    note: null,
    revision: 1,
    ...rest,
  };
}

function placed(f: FigureView, series: SeriesView = shells): Placed {
  const p = placeFigureSpan(f, series.kind);
  if (!p.ok) throw new Error(p.reason);
  return { figure: f, span: p.span, start: p.start, end: p.end };
}

describe('spanToX', () => {
  it('puts a day at its middle with no date whisker', () => {
    const { x, xError } = spanToX(placed(figure({ end: '2024-10-23' })).span);
    expect(new Date(x).toISOString()).toBe('2024-10-23T12:00:00.000Z');
    expect(xError).toBeNull();
  });

  it('puts a month at its middle, with a whisker covering the whole month', () => {
    const { x, xError } = spanToX(placed(figure({ end: '2025-11' })).span);
    const [before, after] = xError as [number, number];
    expect(x - before).toBe(Date.UTC(2025, 10, 1));
    expect(x + after).toBe(Date.UTC(2025, 11, 1) - 1);
  });

  it('spreads a flow across its whole period', () => {
    const { x, xError } = spanToX(placed(figure({ start: '2024-01', end: '2024-12' }), flows).span);
    const [before, after] = xError as [number, number];
    expect(x - before).toBe(Date.UTC(2024, 0, 1));
    expect(x + after).toBe(Date.UTC(2025, 0, 1) - 1);
  });
});

describe('pointDate and placementText', () => {
  it('name the one date of a stock, and both ends of a period', () => {
    expect(pointDate(placed(figure({ start: '2023', end: '2025-11' })))).toBe('Nov 2025');
    expect(pointDate(placed(figure({ start: '2025-01', end: '2025-02' }), flows))).toBe('Jan 2025 – Feb 2025');
    expect(placementText(date('2025-01-13'), date('2025-01-13'))).toBe('drawn at 13 Jan 2025');
    expect(placementText(date('2025-11'), date('2025-11'))).toBe('drawn across Nov 2025');
    expect(placementText(date('2023-09'), date('2025-03'))).toBe('drawn across Sep 2023 – Mar 2025');
  });
});

describe('toPoint', () => {
  it('puts the words a reader needs in the tooltip, and a note when the point spreads over a month', () => {
    const point = toPoint(placed(figure({ start: '2023', end: '2025-11', value: '6500000' })), shells);
    expect(point).toMatchObject({ id: '7', y: 6_500_000, yError: null, bound: null, label: '~6.5M' });
    expect(point.tooltip).toEqual({
      value: 'about 6.5 million shells',
      period: 'since 2023, as of Nov 2025',
      claimant: "Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR)",
      publisher: 'LIGA.net',
      published: 'published 26 Feb 2024',
      placement: 'Drawn across Nov 2025.',
    });
    expect(toPoint(placed(figure({ end: '2024-02-26' })), shells).tooltip.placement).toBeNull();
  });

  it('draws a range as distances around its value, and marks a bound', () => {
    const range = toPoint(placed(figure({ qualifier: 'range', value: '5000000', valueLow: '4000000', valueHigh: '6000000', end: '2025-03' })), shells);
    expect(range).toMatchObject({ yError: [1_000_000, 1_000_000], label: '4M–6M', bound: null });
    expect(toPoint(placed(figure({ qualifier: 'more_than', value: '3000000', end: '2024-02-26' })), shells)).toMatchObject({ bound: 'lower', label: '>3M' });
    expect(toPoint(placed(figure({ qualifier: 'up_to', value: '4800000', end: '2024-06-14' })), shells).bound).toBe('upper');
  });

  it('draws a flow without an end across its start, and says so', () => {
    expect(toPoint(placed(figure({ start: '2025-09', value: '0' }), flows), flows).tooltip.placement).toBe('Drawn across Sep 2025.');
  });

  it('names the outlets that repeated the claim, and leaves the field out when none did', () => {
    const p = placed(figure({ end: '2025-11' }));
    expect(toPoint(p, shells, ['News digest']).repeatedBy).toEqual(['News digest']);
    expect('repeatedBy' in toPoint(p, shells)).toBe(false);
    expect('indexText' in toPoint(p, shells)).toBe(false);
  });
});

describe('indexing', () => {
  const first = placed(figure({ figureId: 1, qualifier: 'exact', value: '2000', end: '2024-02' }));
  const bound = placed(figure({ figureId: 2, qualifier: 'more_than', value: '1000', end: '2024-01' }));
  const later = placed(figure({ figureId: 3, qualifier: 'approx', value: '3000', end: '2024-06' }));

  it('takes the first figure that states a value as the 100, never a bound', () => {
    expect(indexBaseline([bound, first, later])).toBe(first);
    expect(indexBaseline([bound])).toBeNull();
  });

  it('indexes a point against the baseline, qualifiers carried into the label and the words', () => {
    const indexed = indexPoint(toPoint(later, shells), later.figure, first, shells);
    expect(indexed?.point).toMatchObject({ y: 150, label: '~150', bound: null, indexText: 'about 150 (100 = 2,000 shells, Feb 2024)' });
    expect(indexPoint(toPoint(bound, shells), bound.figure, first, shells)?.point).toMatchObject({ y: 50, label: '>50', bound: 'lower' });
  });

  it('compares periods of a flow only when their lengths agree within a tenth', () => {
    const year = placed(figure({ start: '2024', end: '2024' }), flows);
    const month = placed(figure({ start: '2025-01', end: '2025-01' }), flows);
    expect(comparablePeriods('flow', year, month)).toBe(false);
    expect(comparablePeriods('flow', month, placed(figure({ start: '2025-03', end: '2025-03' }), flows))).toBe(true);
    expect(comparablePeriods('cumulative', year, month)).toBe(true);
  });
});
