// The miniature chart of a preview image, for next/og's renderer: marks as one SVG, axis labels as
// positioned boxes (text inside an SVG would need fonts the SVG rasteriser does not have).
import type { MiniChartLayout, MiniMark } from '@/lib/previews/mini-chart';
import { boundPath, markerPath } from '@/lib/previews/mini-chart';
import { PREVIEW_CHART_COLORS, PREVIEW_INK } from './preview-colors';

export interface MiniChartSvgProps {
  chart: MiniChartLayout;
}

const MARKER_SIZE = 110;

/** Plain function, not a component: next/og only accepts intrinsic elements inside an <svg>. */
function drawMark(mark: MiniMark) {
  const color = PREVIEW_CHART_COLORS[mark.colorIndex] ?? PREVIEW_INK.text;
  const { cx, cy } = mark;
  const parts = [];
  if (mark.span) parts.push(<path key="span" d={`M${mark.span[0]},${cy} H${mark.span[1]}`} stroke={PREVIEW_INK.faint} strokeWidth={1.5} />);
  if (mark.range) {
    parts.push(
        <path
          key="range"
          d={`M${cx - 5},${mark.range[0]} H${cx + 5} M${cx},${mark.range[0]} V${mark.range[1]} M${cx - 5},${mark.range[1]} H${cx + 5}`}
          stroke={color}
          strokeWidth={2}
          fill="none"
        />,
    );
  }
  if (mark.bound) {
    parts.push(
        <path
          key="bound"
          d={boundPath(cx, cy, mark.bound)}
          stroke={color}
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
          fill="none"
        />,
    );
  }
  // A bound is drawn open, as on the page's chart (components/charts/point-marker.tsx).
  parts.push(
    mark.bound ? (
      <path key="marker" d={markerPath(mark.shape, cx, cy, MARKER_SIZE)} fill={PREVIEW_INK.background} stroke={color} strokeWidth={2} />
    ) : (
      <path key="marker" d={markerPath(mark.shape, cx, cy, MARKER_SIZE)} fill={color} stroke={PREVIEW_INK.background} strokeWidth={1.5} />
    ),
  );
  return <g key={mark.id}>{parts}</g>;
}

export function MiniChartSvg({ chart }: MiniChartSvgProps) {
  const { plot, fontSize } = chart;
  return (
    <div style={{ display: 'flex', position: 'relative', width: chart.width, height: chart.height }}>
      <svg width={chart.width} height={chart.height} viewBox={`0 0 ${chart.width} ${chart.height}`}>
        {chart.yLabels.map((label) => (
          <path
            key={`grid-${label.y}`}
            d={`M${plot.left},${label.y} H${plot.right}`}
            stroke={PREVIEW_INK.grid}
            strokeWidth={1}
            strokeDasharray="3 4"
          />
        ))}
        <path d={`M${plot.left},${plot.bottom} H${plot.right}`} stroke={PREVIEW_INK.axis} strokeWidth={1.5} />
        {chart.marks.map(drawMark)}
      </svg>
      {chart.yLabels.map((label) => (
        <div
          key={`y-${label.y}`}
          style={{
            position: 'absolute',
            left: 0,
            top: label.y - fontSize * 0.65,
            width: plot.left - 8,
            display: 'flex',
            justifyContent: 'flex-end',
            fontSize,
            color: PREVIEW_INK.faint,
          }}
        >
          {label.text}
        </div>
      ))}
      {chart.xLabels.map((label) => (
        <div
          key={`x-${label.x}`}
          style={{
            position: 'absolute',
            left: label.x - 60,
            top: plot.bottom + 6,
            width: 120,
            display: 'flex',
            justifyContent: 'center',
            fontSize,
            color: PREVIEW_INK.faint,
          }}
        >
          {label.text}
        </div>
      ))}
    </div>
  );
}
