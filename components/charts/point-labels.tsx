import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { layoutPointLabels, type ChartGroup, type LabelRequest } from '@/lib/figures/chart-data';
import { CHART_BACKGROUND, CHART_TEXT } from './chart-palette';

export interface PointLabelsProps {
  groups: ChartGroup[];
  /** How far labels may reach past the plot into the chart's top and right margins. */
  overhang: { top: number; right: number };
}

/**
 * The short value beside each point ("~6.5M", ">12M"), qualifier mark included, so that a
 * screenshot keeps it. Rendered inside the chart, where the axis scales give pixel positions.
 */
export function PointLabels({ groups, overhang }: PointLabelsProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;

  const requests: LabelRequest[] = groups.flatMap((group) =>
    group.points.flatMap((point) => {
      const cx = xScale(point.x);
      const cy = yScale(point.y);
      if (cx === undefined || cy === undefined) return [];
      const top = point.yError ? yScale(point.y + point.yError[1]) : undefined;
      const bottom = point.yError ? yScale(point.y - point.yError[0]) : undefined;
      return [
        {
          id: point.id,
          cx,
          cy,
          text: point.label,
          bound: point.bound,
          rangePx: top !== undefined && bottom !== undefined ? [top, bottom] : null,
        },
      ];
    }),
  );
  const placements = layoutPointLabels(requests, {
    left: plot.x,
    top: plot.y - overhang.top,
    right: plot.x + plot.width + overhang.right,
    bottom: plot.y + plot.height,
  });

  return (
    <g className="point-labels" aria-hidden="true">
      {placements.map((label) => (
        <text
          key={label.id}
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
          fontSize={11}
          fontWeight={600}
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
