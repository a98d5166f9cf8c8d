import {
  buildChartModel,
  formatAxisNumber,
  formatTimeTick,
  layoutPointLabels,
  spanToX,
  timeTicks,
  valueAxis,
} from './chart-data';
import { NO_DATE_REASON, NO_END_DATE_REASON, placeFigureSpan } from './explorer-range';
import { parsePartialDate } from './period';
import type { FigureView, PartialDate, SeriesView } from './types';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const shells: SeriesView = {
  id: 1,
  slug: 'shells-delivered',
  title: 'Artillery shells sent to Russia (running total)',
  unit: 'shells',
  topic: 'munitions',
  kind: 'cumulative',
  description: 'Running total.',
};

let nextId = 1;
function figure(overrides: Partial<FigureView> & { start?: string; end?: string; org?: string }): FigureView {
  const { start, end, org = "Ukraine's Defense Intelligence (HUR)", ...rest } = overrides;
  const id = nextId++;
  return {
    figureId: id,
    versionId: id,
    version: 1,
    seriesSlug: 'shells-delivered',
    value: '1000000',
    qualifier: 'exact',
    valueLow: null,
    valueHigh: null,
    periodStart: start ? date(start) : null,
    periodEnd: end ? date(end) : null,
    claimant: { id: 1, name: 'Vadym Skibitskyi', organization: org },
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

describe('spanToX', () => {
  it('puts a day at its middle with no date whisker', () => {
    const placed = placeFigureSpan({ periodStart: null, periodEnd: date('2024-10-23') }, 'level');
    if (!placed.ok) throw new Error('not placed');
    const { x, xError } = spanToX(placed.span);
    expect(new Date(x).toISOString()).toBe('2024-10-23T12:00:00.000Z');
    expect(xError).toBeNull();
  });

  it('puts a month at its middle, with a whisker covering the whole month', () => {
    const placed = placeFigureSpan({ periodStart: null, periodEnd: date('2025-11') }, 'level');
    if (!placed.ok) throw new Error('not placed');
    const { x, xError } = spanToX(placed.span);
    const [before, after] = xError as [number, number];
    expect(x - before).toBe(Date.UTC(2025, 10, 1));
    expect(x + after).toBe(Date.UTC(2025, 11, 1) - 1);
  });

  it('spreads a flow across its whole period, where the explorer draws it', () => {
    const placed = placeFigureSpan({ periodStart: date('2024-01'), periodEnd: date('2024-12') }, 'flow');
    if (!placed.ok) throw new Error('not placed');
    const { x, xError } = spanToX(placed.span);
    const [before, after] = xError as [number, number];
    expect(x - before).toBe(Date.UTC(2024, 0, 1));
    expect(x + after).toBe(Date.UTC(2025, 0, 1) - 1);
  });
});

describe('buildChartModel', () => {
  const figures = [
    figure({ start: '2023-09', end: '2024-02', value: '1500000', qualifier: 'approx' }),
    figure({
      start: '2023-08',
      end: '2024-02-26',
      value: '3000000',
      qualifier: 'more_than',
      org: "South Korea's Ministry of National Defense",
    }),
    figure({
      start: '2023-08',
      end: '2024-06-14',
      value: '4800000',
      qualifier: 'up_to',
      org: "South Korea's Ministry of National Defense",
    }),
    figure({
      start: '2023-09',
      end: '2025-03',
      value: '5000000',
      qualifier: 'range',
      valueLow: '4000000',
      valueHigh: '6000000',
      org: 'Reuters and Open Source Centre',
    }),
    figure({ start: '2023', end: '2025-11', value: '6500000', qualifier: 'approx' }),
    figure({ start: '2023', value: '6500000', qualifier: 'approx', publisher: { id: 2, name: 'News digest' } }),
    figure({ value: '1859', org: 'unknown', claimant: { id: 3, name: 'unnamed (as reported)', organization: 'unknown' } }),
  ];
  const model = buildChartModel(shells, figures);

  it('groups points by claimant organization, each with its own colour and shape', () => {
    expect(model.groups.map((g) => g.label)).toEqual([
      "Ukraine's Defense Intelligence (HUR)",
      "South Korea's Ministry of National Defense",
      'Reuters and Open Source Centre',
    ]);
    expect(new Set(model.groups.map((g) => g.colorIndex)).size).toBe(3);
    expect(new Set(model.groups.map((g) => g.shape)).size).toBe(3);
    expect(model.pointCount).toBe(5);
  });

  it('orders the points of a group in time', () => {
    const hur = model.groups[0].points;
    expect(hur.map((p) => p.y)).toEqual([1_500_000, 6_500_000]);
    expect(hur[0].x).toBeLessThan(hur[1].x);
  });

  it('lists figures it cannot draw, with the reason, instead of dropping them', () => {
    expect(model.notDrawn).toEqual([
      {
        reason: NO_DATE_REASON,
        figures: [{ id: expect.any(String), text: '1,859 shells, per unnamed (as reported), reported by LIGA.net' }],
      },
      {
        reason: NO_END_DATE_REASON,
        figures: [
          {
            id: expect.any(String),
            text: "about 6.5 million shells, per Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR), reported by News digest",
          },
        ],
      },
    ]);
    expect(model.summary).toContain('Not drawn: no date given (1).');
  });

  it('marks bounds and draws a range as distances around its midpoint', () => {
    const [moreThan, upTo] = model.groups[1].points;
    expect(moreThan.bound).toBe('lower');
    expect(moreThan.label).toBe('>3M');
    expect(upTo.bound).toBe('upper');
    const range = model.groups[2].points[0];
    expect(range.yError).toEqual([1_000_000, 1_000_000]);
    expect(range.label).toBe('4M–6M');
    expect(model.marks).toEqual({ lowerBound: true, upperBound: true, approximate: true, range: true, coarseDate: true });
  });

  it('puts the words a reader needs in the tooltip', () => {
    const latest = model.groups[0].points[1];
    expect(latest.tooltip).toEqual({
      value: 'about 6.5 million shells',
      period: 'since 2023, as of Nov 2025',
      claimant: "Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR)",
      publisher: 'LIGA.net',
      published: 'published 26 Feb 2024',
      placement: null,
    });
  });

  it('starts the value axis at zero and reaches past the top of every range', () => {
    expect(model.yDomain[0]).toBe(0);
    expect(model.yDomain[1]).toBeGreaterThanOrEqual(6_500_000);
    expect(model.yTicks[0]).toBe(0);
    expect(model.yTicks[model.yTicks.length - 1]).toBe(model.yDomain[1]);
  });

  it('keeps every point and its date whisker inside the time axis', () => {
    for (const point of model.groups.flatMap((g) => g.points)) {
      expect(point.x - (point.xError?.[0] ?? 0)).toBeGreaterThanOrEqual(model.xDomain[0]);
      expect(point.x + (point.xError?.[1] ?? 0)).toBeLessThanOrEqual(model.xDomain[1]);
    }
  });

  it('summarises the chart for its accessible name', () => {
    expect(model.summary).toMatch(/^Chart of Artillery shells sent to Russia \(running total\), in shells\. 5 figures drawn from Feb 2024 to Nov 2025, from 3 sources/);
    expect(model.summary).toContain('Latest drawn: about 6.5 million shells, since 2023, as of Nov 2025');
  });

  it('draws a flow without an end at its start and says so', () => {
    const flow = buildChartModel({ ...shells, kind: 'flow' }, [figure({ start: '2025-09', value: '0' })]);
    expect(flow.groups[0].points[0].tooltip.placement).toBe('Drawn across its start date: no end date given.');
  });

  it('has an empty model for a series without figures', () => {
    const empty = buildChartModel(shells, []);
    expect(empty.groups).toEqual([]);
    expect(empty.notDrawn).toEqual([]);
    expect(empty.summary).toContain('No figure can be drawn.');
  });
});

describe('timeTicks', () => {
  it('picks month-aligned ticks, at most the number asked for', () => {
    const ticks = timeTicks([Date.UTC(2023, 7, 15), Date.UTC(2025, 11, 20)], 6);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(6);
    for (const tick of ticks) expect(new Date(tick).getUTCDate()).toBe(1);
    expect(ticks.map(formatTimeTick)).toEqual(['2024', 'Jul 2024', '2025', 'Jul 2025']);
  });

  it('uses months over a short span', () => {
    const ticks = timeTicks([Date.UTC(2025, 0, 10), Date.UTC(2025, 5, 20)], 6);
    expect(ticks.map(formatTimeTick)).toEqual(['Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025', 'Jun 2025']);
  });
});

describe('valueAxis', () => {
  it('starts at zero and ends on a round number above the highest value', () => {
    expect(valueAxis([1_500_000, 12_000_000])).toEqual({
      domain: [0, 15_000_000],
      ticks: [0, 5_000_000, 10_000_000, 15_000_000],
    });
  });

  it('reaches below zero for negative changes', () => {
    const axis = valueAxis([-20, 50]);
    expect(axis.domain[0]).toBeLessThanOrEqual(-20);
    expect(axis.ticks).toContain(0);
  });

  it('still gives an axis when every value is zero', () => {
    expect(valueAxis([0])).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});

describe('formatAxisNumber', () => {
  it('matches the compact point labels', () => {
    expect(formatAxisNumber(6_000_000)).toBe('6M');
    expect(formatAxisNumber(2_500_000)).toBe('2.5M');
    expect(formatAxisNumber(12_000)).toBe('12k');
    expect(formatAxisNumber(1500)).toBe('1,500');
    expect(formatAxisNumber(2.5)).toBe('2.5');
  });

  it('uses one unit along an axis, chosen by its top', () => {
    expect([0, 5000, 10_000, 20_000].map((tick) => formatAxisNumber(tick, 20_000))).toEqual(['0', '5k', '10k', '20k']);
    expect([0, 5_000_000, 15_000_000].map((tick) => formatAxisNumber(tick, 15_000_000))).toEqual(['0', '5M', '15M']);
  });
});

describe('layoutPointLabels', () => {
  const frame = { left: 0, top: 0, right: 400, bottom: 200 };
  const request = (id: string, cx: number, cy: number, text = '~6.5M') => ({ id, cx, cy, text, bound: null, rangePx: null });

  it('puts a label above and right of its point when there is room', () => {
    expect(layoutPointLabels([request('a', 100, 100)], frame)).toEqual([
      { id: 'a', text: '~6.5M', x: 107, y: 94, anchor: 'start' },
    ]);
  });

  it('moves a label left at the right edge of the plot', () => {
    const [label] = layoutPointLabels([request('a', 390, 100)], frame);
    expect(label.anchor).toBe('end');
    expect(label.x).toBe(383);
  });

  it('never lets two labels overlap, and drops a label with no free spot', () => {
    const crowded = [request('a', 100, 100), request('b', 104, 100), request('c', 108, 100), request('d', 112, 100), request('e', 116, 100)];
    const placed = layoutPointLabels(crowded, frame);
    const boxes = placed.map((p) => {
      const width = p.text.length * 6.8;
      const left = p.anchor === 'start' ? p.x : p.x - width;
      return { left, right: left + width, top: p.y - 10, bottom: p.y + 2 };
    });
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      }
    }
    expect(placed.length).toBeLessThan(crowded.length);
    // The latest (rightmost) point is placed first, so it keeps its label.
    expect(placed.map((p) => p.id)).toContain('e');
  });

  it('keeps labels off a bound arrow and a range bar', () => {
    const arrowUp = { ...request('a', 100, 100), bound: 'lower' as const };
    const range = { ...request('b', 120, 100), rangePx: [60, 140] as [number, number] };
    for (const label of layoutPointLabels([arrowUp, range], frame)) {
      const width = label.text.length * 6.8;
      const left = label.anchor === 'start' ? label.x : label.x - width;
      expect(left >= 125 || left + width <= 115 || label.y - 10 >= 140 || label.y + 2 <= 60).toBe(true);
    }
  });
});
