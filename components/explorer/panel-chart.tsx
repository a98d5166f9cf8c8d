'use client';

// Draws one explorer panel: one series as a scatter of sourced figures, on the time axis every panel
// shares. Everything comes ready-made from buildExplorerModel (lib/figures/explorer-series.ts); this
// component only maps it onto Recharts. Points are never joined into a line: they are competing
// claims, not one measured trend. In change mode a dashed line joins the two figures compared.
import {
  autoTheme,
  CartesianGrid,
  RechartsThemeProvider,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type ScatterShapeProps,
} from 'recharts';
import { PointLabels } from '@/components/charts/point-labels';
import { pointErrorBars, SCATTER_MARGIN, timeAxisProps, valueAxisProps } from '@/components/charts/scatter-parts';
import { CHART_COLORS, CHART_MUTED, CHART_TEXT } from '@/components/charts/chart-palette';
import type { ExplorerPoint, PanelChart as PanelChartModel, PanelGroup } from '@/lib/figures/explorer-series';
import { PointMarker } from '@/components/charts/point-marker';
import { ExplorerTooltip } from './explorer-tooltip';

export interface PanelChartProps {
  chart: PanelChartModel;
}

const EVENT_STROKE = 'light-dark(#a1a1aa, #71717a)';
const EVENT_FILL = 'light-dark(#e4e4e7, #3f3f46)';

function drawPoint(group: PanelGroup, props: ScatterShapeProps) {
  // Recharts leaves a point without coordinates when it falls outside the axes.
  if (props.cx === undefined || props.cy === undefined) return <g />;
  const point = props.payload as ExplorerPoint;
  return (
    <PointMarker cx={props.cx} cy={props.cy} shape={group.shape} color={CHART_COLORS[group.colorIndex]} bound={point.bound} open={point.open} />
  );
}

export function PanelChart({ chart }: PanelChartProps) {
  if (chart.pointCount === 0) {
    return (
      <p className="rounded-md border border-dashed border-zinc-300 px-3 py-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        Nothing to draw in this range. Any figures that could not be drawn are listed below.
      </p>
    );
  }
  const eventLabel = (label: string | null) =>
    label === null ? undefined : { value: label, position: 'top' as const, fontSize: 10, fontWeight: 700, fill: CHART_TEXT };
  return (
    <div role="img" aria-label={chart.summary} data-testid="panel-chart">
      <p aria-hidden="true" className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {chart.axisLabel}
      </p>
      <RechartsThemeProvider value={autoTheme}>
        <ScatterChart responsive accessibilityLayer={false} style={{ width: '100%', height: 220 }} margin={SCATTER_MARGIN}>
          <CartesianGrid vertical={false} strokeDasharray="2 3" />
          <XAxis {...timeAxisProps(chart.xDomain, chart.xTicks)} />
          <YAxis {...valueAxisProps(chart.yDomain, chart.yTicks)} />
          {chart.events.map((event) =>
            event.span ? (
              <ReferenceArea
                key={event.slug}
                x1={event.span[0]}
                x2={event.span[1]}
                ifOverflow="hidden"
                fill={EVENT_FILL}
                fillOpacity={0.45}
                label={eventLabel(event.label)}
              />
            ) : (
              <ReferenceLine
                key={event.slug}
                x={event.x}
                stroke={EVENT_STROKE}
                strokeDasharray="4 3"
                label={eventLabel(event.label)}
              />
            ),
          )}
          {chart.baseline !== null ? <ReferenceLine y={chart.baseline} stroke={CHART_MUTED} strokeWidth={1} /> : null}
          {chart.segments.map((segment) => (
            <ReferenceLine
              key={segment.key}
              segment={[segment.from, segment.to]}
              stroke={CHART_COLORS[segment.colorIndex]}
              strokeDasharray="5 4"
              strokeWidth={1.5}
              ifOverflow="hidden"
            />
          ))}
          <Tooltip content={ExplorerTooltip} cursor={false} isAnimationActive={false} />
          {chart.groups.map((group) => (
            <Scatter
              key={group.key}
              name={group.label}
              data={group.points}
              shape={(props: ScatterShapeProps) => drawPoint(group, props)}
              isAnimationActive={false}
            >
              {pointErrorBars(group.colorIndex)}
            </Scatter>
          ))}
          <PointLabels groups={chart.groups} overhang={{ top: SCATTER_MARGIN.top - 4, right: SCATTER_MARGIN.right - 2 }} />
        </ScatterChart>
      </RechartsThemeProvider>
    </div>
  );
}
