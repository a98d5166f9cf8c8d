// A chart of sourced figures as plain SVG: the one drawing of the chart model (ChartModel,
// lib/figures/chart-data.ts) on series pages, in the explorer's panels, in embeds and in the
// downloads (which read this SVG from the page). Laid out in pixels by layoutMiniChart
// (lib/previews/mini-chart.ts), the layout the preview images are drawn from too, so every mark sits
// at the same place in both. Rendered on the server into the HTML, painted with the first bytes and
// readable with scripts off; fixed viewBox, scaled by CSS. Each point is a focusable image named by
// its tooltip's words; ChartPoints (./chart-points.tsx) adds the tooltip on hover and focus, and arrow
// keys between points.
import { formatAxisNumber, layoutPointLabels, type ChartModel, type ChartPoint } from '@/lib/figures/chart-data';
import { layoutMiniChart, type MiniChartLayout, type MiniChartOptions, type MiniMark } from '@/lib/previews/mini-chart';
import { CHART_BACKGROUND, CHART_COLORS, CHART_MUTED, CHART_TEXT } from './chart-palette';
import { PointMarker } from './point-marker';
import { pointDescription } from './point-tooltip-card';

export interface StaticChartSvgProps {
  model: ChartModel;
  width: number;
  height: number;
  className?: string;
  layout?: MiniChartOptions;
}

const FONT_SIZE = 12;
const GRID = 'light-dark(#e4e4e7, #3f3f46)';
const EVENT_STROKE = 'light-dark(#a1a1aa, #71717a)';
const EVENT_FILL = 'light-dark(#e4e4e7, #3f3f46)';

/** The value grid and labels, and the time axis. */
function Axes({ layout, yTicks, yTop }: { layout: MiniChartLayout; yTicks: number[]; yTop: number }) {
  const { plot } = layout;
  return (
    <g aria-hidden="true" fontSize={FONT_SIZE} style={{ fill: CHART_MUTED }}>
      {layout.yLabels.map((label, i) => (
        <g key={`y-${label.y}`}>
          <path d={`M${plot.left},${label.y} H${plot.right}`} style={{ stroke: GRID }} strokeDasharray="2 3" />
          <text x={plot.left - 6} y={label.y} dy="0.32em" textAnchor="end">
            {formatAxisNumber(yTicks[i], yTop)}
          </text>
        </g>
      ))}
      <path d={`M${plot.left},${plot.bottom} H${plot.right}`} style={{ stroke: CHART_MUTED }} />
      {layout.xLabels.map((label) => (
        <text key={`x-${label.x}`} x={label.x} y={plot.bottom + FONT_SIZE + 6} textAnchor="middle">
          {label.text}
        </text>
      ))}
    </g>
  );
}

/** Events behind the points: a dashed line, or a shaded span for a date known to its month or year. */
function EventMarks({ layout }: { layout: MiniChartLayout }) {
  const { plot } = layout;
  return (
    <g aria-hidden="true" data-testid="chart-events">
      {layout.events.map((event) =>
        event.span ? (
          <rect
            key={event.key}
            x={event.span[0]}
            y={plot.top}
            width={event.span[1] - event.span[0]}
            height={plot.bottom - plot.top}
            style={{ fill: EVENT_FILL }}
            fillOpacity={0.45}
          />
        ) : (
          <path key={event.key} d={`M${event.x},${plot.top} V${plot.bottom}`} style={{ stroke: EVENT_STROKE }} strokeDasharray="4 3" />
        ),
      )}
    </g>
  );
}

/** The events' numbers above the plot, over everything else. */
function EventLabels({ layout }: { layout: MiniChartLayout }) {
  return (
    <g aria-hidden="true" fontSize={10} fontWeight={700}>
      {layout.events.flatMap((event) =>
        event.label === null
          ? []
          : [
              <text key={event.key} x={event.x} y={layout.plot.top - 5} textAnchor="middle" style={{ fill: CHART_TEXT }}>
                {event.label}
              </text>,
            ],
      )}
    </g>
  );
}

/** The indexed mode's 100 line, and the change mode's dashed line between the two figures compared. */
function Guides({ layout }: { layout: MiniChartLayout }) {
  const { plot } = layout;
  return (
    <g aria-hidden="true">
      {layout.baseline !== null ? <path d={`M${plot.left},${layout.baseline} H${plot.right}`} style={{ stroke: CHART_MUTED }} /> : null}
      {layout.segments.map((segment) => (
        <path
          key={segment.key}
          data-testid="change-segment"
          d={`M${segment.from[0]},${segment.from[1]} L${segment.to[0]},${segment.to[1]}`}
          style={{ stroke: CHART_COLORS[segment.colorIndex], fill: 'none' }}
          strokeDasharray="5 4"
          strokeWidth={1.5}
        />
      ))}
    </g>
  );
}

/** Each point's stated range (a bar up and down) and the month or year its date covers (across). */
function ErrorBars({ marks }: { marks: MiniMark[] }) {
  return (
    <g aria-hidden="true">
      {marks.map((mark) => (
        <g key={`bars-${mark.id}`}>
          {mark.span ? (
            <path
              d={`M${mark.span[0]},${mark.cy} H${mark.span[1]} M${mark.span[0]},${mark.cy - 2} V${mark.cy + 2} M${mark.span[1]},${mark.cy - 2} V${mark.cy + 2}`}
              style={{ stroke: CHART_MUTED }}
            />
          ) : null}
          {mark.range ? (
            <path
              d={`M${mark.cx - 4},${mark.range[0]} H${mark.cx + 4} M${mark.cx},${mark.range[0]} V${mark.range[1]} M${mark.cx - 4},${mark.range[1]} H${mark.cx + 4}`}
              style={{ stroke: CHART_COLORS[mark.colorIndex], fill: 'none' }}
              strokeWidth={1.75}
            />
          ) : null}
        </g>
      ))}
    </g>
  );
}

/** The short value beside each point ("~6.5M", ">12M"), so that a screenshot keeps it. */
function PointLabelTexts({ labels }: { labels: ReturnType<typeof layoutPointLabels> }) {
  return (
    <g aria-hidden="true" fontSize={11} fontWeight={600}>
      {labels.map((label) => (
        <text
          key={label.id}
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          paintOrder="stroke"
          strokeWidth={3}
          strokeLinejoin="round"
          style={{ fill: CHART_TEXT, stroke: CHART_BACKGROUND }}
        >
          {label.text}
        </text>
      ))}
    </g>
  );
}

export function StaticChartSvg({ model, width, height, className, layout: options }: StaticChartSvgProps) {
  const layout = layoutMiniChart(model, width, height, FONT_SIZE, options);
  const { plot } = layout;
  const points = new Map<string, ChartPoint>(model.groups.flatMap((group) => group.points.map((point) => [point.id, point] as const)));
  // Left to right, as the arrow keys move; the first one takes the focus from Tab.
  const marks = [...layout.marks].sort((a, b) => a.cx - b.cx || a.cy - b.cy);
  const labels = layoutPointLabels(
    marks.map((mark) => ({
      id: mark.id,
      cx: mark.cx,
      cy: mark.cy,
      text: points.get(mark.id)?.label ?? '',
      bound: mark.bound,
      rangePx: mark.range,
    })),
    { left: plot.left, top: plot.top - 20, right: width - 2, bottom: plot.bottom },
  );
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={className}
      role="group"
      aria-label={model.summary}
      data-testid="chart-svg"
      style={{ width: '100%', height: 'auto', aspectRatio: `${width} / ${height}`, overflow: 'visible' }}
    >
      <Axes layout={layout} yTicks={model.yTicks} yTop={model.yTicks.at(-1) ?? model.yDomain[1]} />
      {layout.events.length > 0 ? <EventMarks layout={layout} /> : null}
      {layout.baseline !== null || layout.segments.length > 0 ? <Guides layout={layout} /> : null}
      <ErrorBars marks={marks} />
      {marks.map((mark, index) => {
        const point = points.get(mark.id);
        return (
          <g
            key={mark.id}
            data-point={mark.id}
            data-testid="chart-point"
            role="img"
            aria-label={point ? pointDescription(point) : undefined}
            tabIndex={index === 0 ? 0 : -1}
            className="chart-point cursor-default outline-none"
          >
            <circle cx={mark.cx} cy={mark.cy} r={11} className="chart-point-focus" />
            <PointMarker cx={mark.cx} cy={mark.cy} shape={mark.shape} color={CHART_COLORS[mark.colorIndex]} bound={mark.bound} />
          </g>
        );
      })}
      <PointLabelTexts labels={labels} />
      {layout.events.length > 0 ? <EventLabels layout={layout} /> : null}
    </svg>
  );
}
