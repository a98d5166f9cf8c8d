// A series chart as plain SVG, from the chart model (lib/figures/chart-data.ts) laid out in pixels by
// layoutMiniChart (lib/previews/mini-chart.ts), the layout the preview images use too. Rendered on the
// server (series-chart-svg.tsx), so it is in the HTML the server sends, painted with the first bytes
// and readable with scripts off. Fixed viewBox, scaled by CSS. Each point is a focusable image named
// by its tooltip's words; ChartPoints (./chart-points.tsx) adds the tooltip and the arrow keys.
import { formatAxisNumber, layoutPointLabels, type ChartModel, type ChartPoint } from '@/lib/figures/chart-data';
import { layoutMiniChart } from '@/lib/previews/mini-chart';
import { CHART_BACKGROUND, CHART_COLORS, CHART_MUTED, CHART_TEXT } from './chart-palette';
import { PointMarker } from './point-marker';
import { pointDescription } from './point-tooltip-card';

export interface StaticChartSvgProps {
  model: ChartModel;
  width: number;
  height: number;
  className?: string;
}

const FONT_SIZE = 12;
const GRID = 'light-dark(#e4e4e7, #3f3f46)';

export function StaticChartSvg({ model, width, height, className }: StaticChartSvgProps) {
  const layout = layoutMiniChart(model, width, height, FONT_SIZE);
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
  const yTop = model.yTicks.at(-1) ?? model.yDomain[1];
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={className}
      role="group"
      aria-label={model.summary}
      data-testid="chart-svg"
      style={{ width: '100%', height: 'auto', aspectRatio: `${width} / ${height}`, overflow: 'visible' }}
    >
      <g aria-hidden="true" fontSize={FONT_SIZE} style={{ fill: CHART_MUTED }}>
        {layout.yLabels.map((label, i) => (
          <g key={`y-${label.y}`}>
            <path d={`M${plot.left},${label.y} H${plot.right}`} style={{ stroke: GRID }} strokeDasharray="2 3" />
            <text x={plot.left - 6} y={label.y} dy="0.32em" textAnchor="end">
              {formatAxisNumber(model.yTicks[i], yTop)}
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
      <g aria-hidden="true">
        {marks.map((mark) => (
          <g key={`bars-${mark.id}`}>
            {mark.span ? <path d={`M${mark.span[0]},${mark.cy} H${mark.span[1]} M${mark.span[0]},${mark.cy - 2} V${mark.cy + 2} M${mark.span[1]},${mark.cy - 2} V${mark.cy + 2}`} style={{ stroke: CHART_MUTED }} /> : null}
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
      {marks.map((mark, index) => {
        const point = points.get(mark.id);
        return (
          <g
            key={mark.id}
            data-point={mark.id}
            data-testid="chart-point"
            role="img"
            aria-label={point ? pointDescription(point.tooltip) : undefined}
            tabIndex={index === 0 ? 0 : -1}
            className="chart-point cursor-default outline-none"
          >
            <circle cx={mark.cx} cy={mark.cy} r={11} className="chart-point-focus" style={{ fill: 'transparent' }} />
            <PointMarker cx={mark.cx} cy={mark.cy} shape={mark.shape} color={CHART_COLORS[mark.colorIndex]} bound={mark.bound} />
          </g>
        );
      })}
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
    </svg>
  );
}
