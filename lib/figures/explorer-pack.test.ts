import { packPanelChart, unpackPanelChart } from './explorer-pack';
import type { ExplorerPoint, PanelChart } from './explorer-series';

function point(overrides: Partial<ExplorerPoint>): ExplorerPoint {
  return {
    id: '7',
    figureId: 7,
    date: 'Jan 2025',
    x: 1_736_985_600_000,
    y: 12_000,
    xError: [1_339_200_000, 1_339_199_999],
    yError: null,
    qualifier: 'more_than',
    bound: 'lower',
    open: true,
    label: '>12k',
    tooltip: {
      value: 'more than 12,000 troops',
      period: 'since Oct 2024, as of Jan 2025',
      claimant: 'Dorothy Shea, US Government',
      publisher: 'UPI',
      published: 'published 13 Jan 2025',
      placement: 'Drawn across Jan 2025.',
    },
    ...overrides,
  };
}

const chart: PanelChart = {
  slug: 'troops-deployed',
  axisLabel: 'troops',
  groups: [
    {
      key: 'US Government',
      label: 'US Government',
      colorIndex: 2,
      shape: 'triangle',
      points: [point({}), point({ id: '8', figureId: 8, x: 1_740_000_000_000 })],
    },
    {
      key: "South Korea's National Intelligence Service",
      label: "South Korea's National Intelligence Service",
      colorIndex: 0,
      shape: 'circle',
      points: [
        point({
          id: '9',
          figureId: 9,
          y: 5_000_000,
          xError: null,
          yError: [1_000_000, 1_000_000],
          qualifier: 'range',
          bound: null,
          open: false,
          label: '4M–6M',
          indexText: 'between 200 and 300 (100 = 2 million shells, Feb 2024)',
          repeatedBy: ['Yonhap', 'KBS News'],
          role: 'end',
          tooltip: { value: '4 to 6 million shells', period: 'as of 30 Apr 2025', claimant: 'NIS', publisher: 'KBS News', published: 'publication date not given', placement: null },
        }),
        point({ id: '10', figureId: 10, bound: 'upper', qualifier: 'up_to', role: 'start', yError: [0, 0] }),
      ],
    },
  ],
  xDomain: [1_700_000_000_000, 1_760_000_000_000],
  xTicks: [1_704_067_200_000],
  yDomain: [0, 20_000],
  yTicks: [0, 10_000, 20_000],
  events: [{ number: 1, slug: 'first', label: '1', x: 1_729_641_600_000, span: null }],
  segments: [{ key: 'nis', colorIndex: 0, from: { x: 1, y: 2 }, to: { x: 3, y: 4 } }],
  baseline: null,
  pointCount: 4,
  summary: 'Chart of troops.',
};

describe('packPanelChart', () => {
  it('is undone exactly by unpackPanelChart', () => {
    expect(unpackPanelChart(packPanelChart(chart))).toEqual(chart);
  });

  it('survives the trip to the browser as JSON', () => {
    expect(unpackPanelChart(JSON.parse(JSON.stringify(packPanelChart(chart))))).toEqual(chart);
  });

  it('writes each string once and is much smaller than the objects', () => {
    const packed = packPanelChart(chart);
    expect(packed.strings.filter((s) => s === 'UPI')).toHaveLength(1);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(chart).length * 0.75);
  });
});
