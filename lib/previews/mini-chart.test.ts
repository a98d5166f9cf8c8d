import { MARKER_SHAPES } from '@/lib/figures/chart-data';
import { buildExplorerModel, onePanelView } from '@/lib/figures/explorer-series';
import { figure, SHELLS } from '@/tests/factories/figures';
import { boundPath, layoutMiniChart, markerPath, type MiniChartSource } from './mini-chart';

const figures = [
  figure({ figureId: 1, value: '1500000', periodEnd: { date: '2024-02-01', precision: 'month' } }),
  figure({ figureId: 2, value: '3000000', qualifier: 'more_than', periodEnd: { date: '2024-02-26', precision: 'day' } }),
  figure({
    figureId: 3,
    value: '5000000',
    qualifier: 'range',
    valueLow: '4000000',
    valueHigh: '6000000',
    periodEnd: { date: '2025-01-01', precision: 'month' },
    claimant: { id: 2, name: 'Reuters', organization: 'Reuters' },
  }),
  figure({ figureId: 4, value: '6500000', periodEnd: { date: '2025-11-01', precision: 'month' } }),
];

describe('layoutMiniChart', () => {
  const chart = layoutMiniChart(onePanelView(SHELLS, figures).panels[0].chart, 540, 270);

  it('places every drawn figure inside the plot, zero at the bottom', () => {
    expect(chart.marks).toHaveLength(4);
    for (const mark of chart.marks) {
      expect(mark.cx).toBeGreaterThanOrEqual(chart.plot.left);
      expect(mark.cx).toBeLessThanOrEqual(chart.plot.right);
      expect(mark.cy).toBeLessThanOrEqual(chart.plot.bottom);
    }
    expect(chart.yLabels[0]).toEqual({ y: chart.plot.bottom, text: '0' });
    const latest = chart.marks.find((m) => m.id === '4');
    const first = chart.marks.find((m) => m.id === '1');
    expect(latest!.cx).toBeGreaterThan(first!.cx);
    expect(latest!.cy).toBeLessThan(first!.cy);
  });

  it('keeps the bound, the range and the colour of each claimant body', () => {
    expect(chart.marks.find((m) => m.id === '2')?.bound).toBe('lower');
    const range = chart.marks.find((m) => m.id === '3')?.range;
    expect(range).not.toBeNull();
    expect(range![0]).toBeLessThan(range![1]);
    expect(new Set(chart.marks.map((m) => m.colorIndex)).size).toBe(2);
  });

  it('leaves out time labels that would overlap', () => {
    const narrow = layoutMiniChart(onePanelView(SHELLS, figures).panels[0].chart, 200, 120);
    for (let i = 1; i < narrow.xLabels.length; i += 1) {
      expect(narrow.xLabels[i].x - narrow.xLabels[i - 1].x).toBeGreaterThan(20);
    }
  });
});

describe('layoutMiniChart for an explorer panel', () => {
  const utc = (text: string) => Date.parse(`${text}T00:00:00.000Z`);
  const point = (id: string, x: string, y: number) => ({ id, x: utc(x), y, bound: null, yError: null, xError: null });
  const source: MiniChartSource = {
    groups: [{ key: 'a', colorIndex: 2, shape: 'circle', points: [point('1', '2024-01-01', 10), point('2', '2025-01-01', 30)] }],
    xDomain: [utc('2024-01-01'), utc('2025-01-01')],
    xTicks: [utc('2024-01-01'), utc('2024-07-01'), utc('2025-01-01')],
    yDomain: [0, 40],
    yTicks: [0, 20, 40],
    events: [
      { slug: 'inside', label: '1', x: utc('2024-07-01'), span: null },
      { slug: 'before', label: '2', x: utc('2023-06-01'), span: null },
      { slug: 'across-the-end', label: null, x: utc('2024-12-16'), span: [utc('2024-12-01'), utc('2025-02-01')] },
      { slug: 'after', label: '4', x: utc('2025-03-16'), span: [utc('2025-03-01'), utc('2025-04-01')] },
    ],
    segments: [{ key: 'a', colorIndex: 2, from: { x: utc('2024-01-01'), y: 10 }, to: { x: utc('2025-01-01'), y: 30 } }],
    baseline: 20,
  };
  const chart = layoutMiniChart(source, 400, 200, 12);

  it('keeps the bound of a point, which the drawers draw open', () => {
    expect(chart.marks.map((m) => [m.id, m.bound])).toEqual([['1', null], ['2', null]]);
    const bound = layoutMiniChart({ ...source, groups: [{ ...source.groups[0], points: [{ ...point('3', '2024-03-01', 5), bound: 'lower' }] }] }, 400, 200);
    expect(bound.marks[0].bound).toBe('lower');
  });

  it('keeps the events within the time axis, cuts a span to it, and labels each at its middle', () => {
    expect(chart.events.map((e) => e.key)).toEqual(['inside', 'across-the-end']);
    const [line, span] = chart.events;
    expect(line.span).toBeNull();
    // 1 July is about the middle of 2024.
    expect(Math.abs(line.x - (chart.plot.left + chart.plot.right) / 2)).toBeLessThan(2);
    expect(span.span![1]).toBe(chart.plot.right);
    expect(span.span![0]).toBeGreaterThan(line.x);
    expect(span.x).toBeCloseTo((span.span![0] + span.span![1]) / 2);
    expect(span.label).toBeNull();
  });

  it('joins the two compared figures where their markers are, and draws the baseline at its value', () => {
    const [first, second] = chart.marks;
    expect(chart.segments).toEqual([{ key: 'a', colorIndex: 2, from: [first.cx, first.cy], to: [second.cx, second.cy] }]);
    expect(chart.baseline).toBeCloseTo((chart.plot.top + chart.plot.bottom) / 2);
    expect(layoutMiniChart({ ...source, baseline: 100 }, 400, 200).baseline).toBeNull();
    expect(layoutMiniChart({ ...source, baseline: undefined }, 400, 200).baseline).toBeNull();
  });

  it('leaves the same room for the value labels in every panel when asked, so dates line up', () => {
    const narrowLabels = layoutMiniChart({ ...source, yTicks: [0, 1], yDomain: [0, 1] }, 400, 200, 12, { leftRoom: 48 });
    const wideLabels = layoutMiniChart({ ...source, yTicks: [0, 20_000], yDomain: [0, 20_000] }, 400, 200, 12, { leftRoom: 48 });
    expect(narrowLabels.plot.left).toBe(48);
    expect(wideLabels.plot.left).toBe(48);
    expect(layoutMiniChart(source, 400, 200, 12).plot.left).toBeLessThan(48);
  });

  it('lays out a panel of the explorer as it is built, change lines included', () => {
    const model = buildExplorerModel({
      series: [SHELLS],
      figures: [
        figure({ figureId: 1, value: '1500000', periodEnd: { date: '2024-02-01', precision: 'month' } }),
        figure({ figureId: 2, value: '3000000', periodEnd: { date: '2025-02-26', precision: 'day' } }),
      ],
      events: [],
      range: { from: null, to: null },
      mode: 'change',
    });
    const panel = model.panels[0].chart;
    const laid = layoutMiniChart(panel, 560, 240, 12);
    expect(laid.marks).toHaveLength(panel.pointCount);
    expect(laid.segments).toHaveLength(panel.segments.length);
    expect(laid.segments.length).toBeGreaterThan(0);
  });
});

describe('markerPath', () => {
  it.each(MARKER_SHAPES)('draws a closed %s around its centre', (shape) => {
    const path = markerPath(shape, 100, 50, 110);
    expect(path).toMatch(/^M[\d.]+,[\d.]+ .* Z$/);
    const numbers = [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [x, y] of numbers.filter(() => shape !== 'circle')) {
      expect(Math.abs(x - 100)).toBeLessThan(12);
      expect(Math.abs(y - 50)).toBeLessThan(12);
    }
  });
});

describe('boundPath', () => {
  const ys = (path: string) => [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));

  it('points up from a lower bound and down from an upper one, clear of the marker', () => {
    const up = ys(boundPath(100, 50, 'lower'));
    const down = ys(boundPath(100, 50, 'upper'));
    expect(up.every((y) => y <= 50 - 7)).toBe(true);
    expect(down.every((y) => y >= 50 + 7)).toBe(true);
    expect(boundPath(100, 50, 'lower')).toBe('M100,43V31M95,31H105M96.5,37.5L100,34L103.5,37.5');
  });
});
