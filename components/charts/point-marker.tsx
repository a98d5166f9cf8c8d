// One figure's marker, on every chart (series pages, the explorer, embeds) and in their legends: the
// shape and colour of its claimant body. A figure that is only a bound ("more than", "up to") is drawn
// open, with a capped line towards where the true value may lie, so it never reads as a measured value.
// Plain SVG paths (d3-shape's symbol shapes, from markerPath, and boundPath), the geometry the preview
// images draw their markers with too (components/previews/mini-chart-svg.tsx). Written as markup by
// markerMarkup, which the charts' drawing (./static-chart-svg.tsx) strings together for every point;
// PointMarker puts the same markup in a legend's or a table's icon.
import type { Bound, MarkerShape } from '@/lib/figures/chart-data';
import { boundPath, markerPath } from '@/lib/previews/mini-chart';
import { fillClass, strokeClass, type ChartTone } from './chart-palette';

export interface PointMarkerProps {
  cx: number;
  cy: number;
  shape: MarkerShape;
  tone: ChartTone;
  /** "More than" and "at least" point up (the true value may be higher), "up to" and "less than" down. */
  bound?: Bound;
  /** Drawn hollow; a bound always is. */
  open?: boolean;
  size?: number;
}

/** The marker's paths as SVG markup: numbers and fixed class names only, nothing from the data. */
export function markerMarkup({ cx, cy, shape, tone, bound = null, open = bound !== null, size = 90 }: PointMarkerProps): string {
  const d = markerPath(shape, cx, cy, size);
  const arrow = bound ? `<path d="${boundPath(cx, cy, bound)}" class="sf-bound ${strokeClass(tone)}"></path>` : '';
  return `${arrow}<path d="${d}" class="${open ? `sf-ring ${strokeClass(tone)}` : `sf-dot ${fillClass(tone)}`}"></path>`;
}

export function PointMarker(props: PointMarkerProps) {
  return <g dangerouslySetInnerHTML={{ __html: markerMarkup(props) }} />;
}
