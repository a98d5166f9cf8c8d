import { MARKER_SHAPES, buildChartModel } from '@/lib/figures/chart-data';
import { figure, SHELLS } from '@/tests/factories/figures';
import { layoutMiniChart, markerPath } from './mini-chart';

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
  const chart = layoutMiniChart(buildChartModel(SHELLS, figures), 540, 270);

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
    const narrow = layoutMiniChart(buildChartModel(SHELLS, figures), 200, 120);
    for (let i = 1; i < narrow.xLabels.length; i += 1) {
      expect(narrow.xLabels[i].x - narrow.xLabels[i - 1].x).toBeGreaterThan(20);
    }
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
