'use client';

// Draws one series as a scatter of sourced figures. Everything it draws comes ready-made from
// buildChartModel (lib/figures/chart-data.ts); this component only maps the model onto Recharts.
// A scatter, not a line: the points are competing claims by different bodies, and joining them would
// suggest one measured trend. One chart is one series, hence one unit and one value axis.
import {
  autoTheme,
  CartesianGrid,
  ErrorBar,
  RechartsThemeProvider,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type ScatterShapeProps,
} from 'recharts';
import { formatAxisNumber, formatTimeTick, type ChartGroup, type ChartModel, type ChartPoint } from '@/lib/figures/chart-data';
import { ChartLegend } from './chart-legend';
import { CHART_COLORS, CHART_MUTED } from './chart-palette';
import { NotDrawnList } from './not-drawn-list';
import { PointLabels } from './point-labels';
import { PointMarker } from './point-marker';
import { PointTooltip } from './point-tooltip';

export interface FigureChartProps {
  model: ChartModel;
}

const MARGIN = { top: 24, right: 16, bottom: 4, left: 0 };

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
              margin={MARGIN}
            >
              <CartesianGrid vertical={false} strokeDasharray="2 3" />
              <XAxis
                type="number"
                dataKey="x"
                scale="time"
                domain={model.xDomain}
                ticks={model.xTicks}
                tickFormatter={formatTimeTick}
                allowDataOverflow
                fontSize={12}
              />
              <YAxis
                type="number"
                dataKey="y"
                domain={model.yDomain}
                ticks={model.yTicks}
                tickFormatter={(tick: number) => formatAxisNumber(tick, model.yDomain[1])}
                allowDataOverflow
                width={44}
                fontSize={12}
              />
              <Tooltip content={PointTooltip} cursor={false} isAnimationActive={false} />
              {model.groups.map((group) => (
                <Scatter
                  key={group.key}
                  name={group.label}
                  data={group.points}
                  shape={(props: ScatterShapeProps) => drawPoint(group, props)}
                  isAnimationActive={false}
                >
                  <ErrorBar
                    dataKey="yError"
                    direction="y"
                    width={8}
                    strokeWidth={1.75}
                    stroke={CHART_COLORS[group.colorIndex]}
                    isAnimationActive={false}
                  />
                  <ErrorBar
                    dataKey="xError"
                    direction="x"
                    width={4}
                    strokeWidth={1}
                    stroke={CHART_MUTED}
                    isAnimationActive={false}
                  />
                </Scatter>
              ))}
              <PointLabels groups={model.groups} overhang={{ top: MARGIN.top - 4, right: MARGIN.right - 2 }} />
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
