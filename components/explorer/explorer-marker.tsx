import { Symbols } from 'recharts';
import type { Bound, MarkerShape } from '@/lib/figures/chart-data';
import { CHART_BACKGROUND } from '@/components/charts/chart-palette';

export interface ExplorerMarkerProps {
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

/**
 * One figure's marker in the explorer: the shape and colour of its claimant body. A figure that is
 * only a bound is drawn open, with a capped line towards where the true value may lie, so it never
 * reads as a measured value.
 */
export function ExplorerMarker({ cx, cy, shape, color, bound = null, open = bound !== null, size = 90 }: ExplorerMarkerProps) {
  const direction = bound === 'lower' ? -1 : 1;
  return (
    <g>
      {bound ? (
        <g style={{ stroke: color, fill: 'none' }} strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round">
          <line x1={cx} y1={cy + direction * 7} x2={cx} y2={cy + direction * 19} />
          <line x1={cx - 5} y1={cy + direction * 19} x2={cx + 5} y2={cy + direction * 19} />
          <polyline points={`${cx - 3.5},${cy + direction * 12.5} ${cx},${cy + direction * 16} ${cx + 3.5},${cy + direction * 12.5}`} />
        </g>
      ) : null}
      {open ? (
        <Symbols cx={cx} cy={cy} type={shape} size={size} style={{ fill: CHART_BACKGROUND, stroke: color }} strokeWidth={2} />
      ) : (
        // The outline in the background colour keeps overlapping markers apart.
        <Symbols cx={cx} cy={cy} type={shape} size={size} style={{ fill: color, stroke: CHART_BACKGROUND }} strokeWidth={1.25} />
      )}
    </g>
  );
}
