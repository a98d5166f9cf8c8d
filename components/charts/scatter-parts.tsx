// What the explorer's panels (explorer/panel-chart.tsx) draw with Recharts
// alike: the margins, the time axis, the value axis, and each point's error bars (a stated range up
// and down, the month or year a date covers across).
import { ErrorBar } from 'recharts';
import { formatAxisNumber, formatTimeTick } from '@/lib/figures/chart-data';
import { CHART_COLORS, CHART_MUTED } from './chart-palette';

/** Room above and right for the point labels (PointLabels' overhang). */
export const SCATTER_MARGIN = { top: 24, right: 16, bottom: 4, left: 0 };

/** Props of the XAxis: time, over the model's domain and ticks. */
export function timeAxisProps(domain: [number, number], ticks: number[]) {
  return {
    type: 'number',
    dataKey: 'x',
    scale: 'time',
    domain,
    ticks,
    tickFormatter: formatTimeTick,
    allowDataOverflow: true,
    fontSize: 12,
  } as const;
}

/** Props of the YAxis: values, over the model's domain and ticks. */
export function valueAxisProps(domain: [number, number], ticks: number[]) {
  return {
    type: 'number',
    dataKey: 'y',
    domain,
    ticks,
    tickFormatter: (tick: number) => formatAxisNumber(tick, domain[1]),
    allowDataOverflow: true,
    width: 44,
    fontSize: 12,
  } as const;
}

/** The error bars of a group's points, as children of its Scatter. */
export function pointErrorBars(colorIndex: number) {
  return [
    <ErrorBar key="y" dataKey="yError" direction="y" width={8} strokeWidth={1.75} stroke={CHART_COLORS[colorIndex]} isAnimationActive={false} />,
    <ErrorBar key="x" dataKey="xError" direction="x" width={4} strokeWidth={1} stroke={CHART_MUTED} isAnimationActive={false} />,
  ];
}
