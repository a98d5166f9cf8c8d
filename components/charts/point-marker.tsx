import { Symbols } from 'recharts';
import type { Bound, MarkerShape } from '@/lib/figures/chart-data';
import { CHART_BACKGROUND } from './chart-palette';

export interface PointMarkerProps {
  cx: number;
  cy: number;
  shape: MarkerShape;
  color: string;
  /** "More than" draws an arrow up (the true value may be higher), "up to" an arrow down. */
  bound?: Bound;
  size?: number;
}

/** One figure's marker: the shape and colour of its claimant's organization, and its bound arrow. */
export function PointMarker({ cx, cy, shape, color, bound = null, size = 90 }: PointMarkerProps) {
  const direction = bound === 'lower' ? -1 : 1;
  return (
    <g>
      {bound ? (
        <g style={{ stroke: color, fill: 'none' }} strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round">
          <line x1={cx} y1={cy + direction * 7} x2={cx} y2={cy + direction * 19} />
          <polyline
            points={`${cx - 4},${cy + direction * 15} ${cx},${cy + direction * 19} ${cx + 4},${cy + direction * 15}`}
          />
        </g>
      ) : null}
      {/* The outline in the background colour keeps overlapping markers apart. */}
      <Symbols cx={cx} cy={cy} type={shape} size={size} style={{ fill: color, stroke: CHART_BACKGROUND }} strokeWidth={1.25} />
    </g>
  );
}
