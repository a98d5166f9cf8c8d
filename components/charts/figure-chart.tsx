'use client';

// Draws one series as a scatter of sourced figures. Everything it draws comes ready-made from
// buildChartModel (lib/figures/chart-data.ts); this component only maps the model onto Recharts.
// A scatter, not a line: the points are competing claims by different bodies, and joining them would
// suggest one measured trend. One chart is one series, hence one unit and one value axis.
import {
  autoTheme,
  CartesianGrid,
  RechartsThemeProvider,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type ScatterShapeProps,
} from 'recharts';
import type { ChartGroup, ChartModel, ChartPoint } from '@/lib/figures/chart-data';
import { ChartLegend } from './chart-legend';
import { CHART_COLORS } from './chart-palette';
import { NotDrawnList } from './not-drawn-list';
import { PointLabels } from './point-labels';
import { PointMarker } from './point-marker';
import { PointTooltip } from './point-tooltip';
import { pointErrorBars, SCATTER_MARGIN, timeAxisProps, valueAxisProps } from './scatter-parts';

export interface FigureChartProps {
  model: ChartModel;
}

function drawPoint(group: ChartGroup, props: ScatterShapeProps) {
  // Recharts leaves a point without coordinates when it falls outside the axes.
  if (props.cx === undefined || props.cy === undefined) return <g />;
  const point = props.payload as ChartPoint;
  return (
    <PointMarker cx={props.cx} cy={props.cy} shape={group.shape} color={CHART_COLORS[group.colorIndex]} bound={point.bound} />
  );
}

export function FigureChart({ model }: FigureChartProps) {
  return (
    <div>
      {model.pointCount > 0 ? (
        <div role="img" aria-label={model.summary} className="relative">
          <p aria-hidden="true" className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
            {model.unit}
          </p>
          <RechartsThemeProvider value={autoTheme}>
            {/* Recharts' keyboard layer would put focusable content inside role="img"; the table
                and the labelled summary are the accessible form of this chart. */}
            <ScatterChart
              responsive
              accessibilityLayer={false}
              style={{ width: '100%', height: 260 }}
              margin={SCATTER_MARGIN}
            >
              <CartesianGrid vertical={false} strokeDasharray="2 3" />
              <XAxis {...timeAxisProps(model.xDomain, model.xTicks)} />
              <YAxis {...valueAxisProps(model.yDomain, model.yTicks)} />
              <Tooltip content={PointTooltip} cursor={false} isAnimationActive={false} />
              {model.groups.map((group) => (
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
              <PointLabels groups={model.groups} overhang={{ top: SCATTER_MARGIN.top - 4, right: SCATTER_MARGIN.right - 2 }} />
            </ScatterChart>
          </RechartsThemeProvider>
        </div>
      ) : (
        <p className="rounded-md border border-dashed border-zinc-300 px-3 py-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          None of these figures can be placed in time, so there is nothing to draw. They are listed below.
        </p>
      )}
      {model.pointCount > 0 ? <ChartLegend groups={model.groups} marks={model.marks} /> : null}
      <NotDrawnList groups={model.notDrawn} />
    </div>
  );
}
