// One figure's marker, on every chart (series pages, the explorer, embeds) and in their legends: the
// shape and colour of its claimant body. A figure that is only a bound ("more than", "up to") is drawn
// open, with a capped line towards where the true value may lie, so it never reads as a measured value.
// Plain SVG paths (d3-shape's symbol shapes, from markerPath, and boundPath), the geometry the preview
// images draw their markers with too (components/previews/mini-chart-svg.tsx), so it renders on the
// server as well.
import type { Bound, MarkerShape } from '@/lib/figures/chart-data';
import { boundPath, markerPath } from '@/lib/previews/mini-chart';
import { CHART_BACKGROUND } from './chart-palette';

export interface PointMarkerProps {
  cx: number;
  cy: number;
  shape: MarkerShape;
  color: string;
  /** "More than" and "at least" point up (the true value may be higher), "up to" and "less than" down. */
  bound?: Bound;
  /** Drawn hollow; a bound always is. */
  open?: boolean;
  size?: number;
}

export function PointMarker({ cx, cy, shape, color, bound = null, open = bound !== null, size = 90 }: PointMarkerProps) {
  const d = markerPath(shape, cx, cy, size);
  return (
    <>
      {bound ? (
        <path
          d={boundPath(cx, cy, bound)}
          style={{ stroke: color, fill: 'none' }}
          strokeWidth={1.75}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ) : null}
      {open ? (
        <path d={d} style={{ fill: CHART_BACKGROUND, stroke: color }} strokeWidth={2} />
      ) : (
        // The outline in the background colour keeps overlapping markers apart.
        <path d={d} style={{ fill: color, stroke: CHART_BACKGROUND }} strokeWidth={1.25} />
      )}
    </>
  );
}
