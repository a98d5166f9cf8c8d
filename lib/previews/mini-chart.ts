// The chart model (ChartModel, lib/figures/chart-data.ts) laid out in pixels: the preview images
// draw it in miniature from here, and the pages' static charts (components/charts/static-chart-svg.tsx)
// draw from it too, so a mark sits at the same place in both.
// Same rules as the full chart: a value axis from zero, one colour and marker per claimant body, the
// bound arrow of "more than" and "up to", and a stated range as a bar. An explorer panel also has
// its events (a line, or a shaded span), the change mode's dashed line between the two figures
// compared, and the indexed mode's baseline: laid out here when the source has them.
import { formatAxisNumber, formatTimeTick, type Bound, type MarkerShape } from '@/lib/figures/chart-data';
import { textWidth } from './text-fit';

/** What the layout reads of a chart model (ChartModel fits). */
export interface MiniChartSource {
  groups: {
    key: string;
    colorIndex: number;
    shape: MarkerShape;
    points: {
      id: string;
      x: number;
      y: number;
      bound: Bound;
      yError: [number, number] | null;
      xError: [number, number] | null;
    }[];
  }[];
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  yTicks: number[];
  events?: { slug: string; label: string | null; x: number; span: [number, number] | null }[];
  segments?: { key: string; colorIndex: number; from: { x: number; y: number }; to: { x: number; y: number } }[];
  baseline?: number | null;
}

export interface MiniChartOptions {
  /**
   * The least room left of the plot for the value labels, so that panels drawn one above the other
   * put the same date at the same place whatever the width of their labels.
   */
  leftRoom?: number;
}

export interface MiniMark {
  id: string;
  cx: number;
  cy: number;
  colorIndex: number;
  shape: MarkerShape;
  bound: Bound;
  /** The stated range as pixel rows, top then bottom. */
  range: [number, number] | null;
  /** The span of a date known only to its month or year, as pixel columns. */
  span: [number, number] | null;
}

/** An event: a line at `x`, or the shaded columns of `span`, with its label above the plot at `x`. */
export interface MiniEvent {
  key: string;
  x: number;
  span: [number, number] | null;
  label: string | null;
}

export interface MiniSegment {
  key: string;
  colorIndex: number;
  from: [number, number];
  to: [number, number];
}

export interface MiniChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yLabels: { y: number; text: string }[];
  xLabels: { x: number; text: string }[];
  marks: MiniMark[];
  /** Only those within the time axis, spans cut to it. */
  events: MiniEvent[];
  segments: MiniSegment[];
  /** The pixel row of the baseline, when there is one within the plot. */
  baseline: number | null;
  fontSize: number;
}

const TOP_ROOM = 22;
/** Hundredths of a pixel: finer than any screen draws, and a page of 2,000 points a fifth smaller than at full precision. */
// To the hundredth of a pixel, by arithmetic: toFixed's string round trip was a tenth of the time an
// explorer page of 4,000 marks took to draw.
const round = (n: number) => Math.round(n * 100) / 100;
const RIGHT_ROOM = 12;

export function layoutMiniChart(
  source: MiniChartSource,
  width: number,
  height: number,
  fontSize = 16,
  { leftRoom = 0 }: MiniChartOptions = {},
): MiniChartLayout {
  const [y0, y1] = source.yDomain;
  const yTop = source.yTicks.length > 0 ? source.yTicks[source.yTicks.length - 1] : y1;
  const yTexts = source.yTicks.map((tick) => formatAxisNumber(tick, yTop));
  const labelWidth = yTexts.reduce((widest, text) => Math.max(widest, textWidth(text, fontSize)), 0);
  const plot = {
    left: Math.max(leftRoom, Math.ceil(labelWidth) + 10),
    top: TOP_ROOM,
    right: width - RIGHT_ROOM,
    bottom: height - fontSize - 12,
  };
  const [x0, x1] = source.xDomain;
  const px = (x: number) => round(plot.left + ((x - x0) / (x1 - x0 || 1)) * (plot.right - plot.left));
  const py = (y: number) => round(plot.bottom - ((y - y0) / (y1 - y0 || 1)) * (plot.bottom - plot.top));
  const clampX = (x: number) => Math.min(plot.right, Math.max(plot.left, x));
  const clampY = (y: number) => Math.min(plot.bottom, Math.max(plot.top - TOP_ROOM / 2, y));

  const marks: MiniMark[] = source.groups.flatMap((group) =>
    group.points.map((point) => ({
      id: point.id,
      cx: clampX(px(point.x)),
      cy: clampY(py(point.y)),
      colorIndex: group.colorIndex,
      shape: group.shape,
      bound: point.bound,
      range: point.yError ? [clampY(py(point.y + point.yError[1])), clampY(py(point.y - point.yError[0]))] : null,
      span: point.xError ? [clampX(px(point.x - point.xError[0])), clampX(px(point.x + point.xError[1]))] : null,
    })),
  );

  const events = (source.events ?? []).flatMap((event): MiniEvent[] => {
    if (event.span) {
      const [from, to] = [clampX(px(event.span[0])), clampX(px(event.span[1]))];
      return to > from ? [{ key: event.slug, x: round((from + to) / 2), span: [from, to], label: event.label }] : [];
    }
    const x = px(event.x);
    return x >= plot.left && x <= plot.right ? [{ key: event.slug, x, span: null, label: event.label }] : [];
  });
  // The ends sit where the two figures' markers are drawn, clamped alike.
  const segments = (source.segments ?? []).map((segment) => ({
    key: segment.key,
    colorIndex: segment.colorIndex,
    from: [clampX(px(segment.from.x)), clampY(py(segment.from.y))] as [number, number],
    to: [clampX(px(segment.to.x)), clampY(py(segment.to.y))] as [number, number],
  }));
  const baselineY = source.baseline == null ? null : py(source.baseline);

  // Time labels that would collide with their neighbour are left out, keeping the first.
  const xLabels: { x: number; text: string }[] = [];
  for (const tick of source.xTicks) {
    const text = formatTimeTick(tick);
    const x = px(tick);
    const half = textWidth(text, fontSize) / 2;
    if (x - half < plot.left - 4 || x + half > width) continue;
    const previous = xLabels[xLabels.length - 1];
    if (previous && previous.x + textWidth(previous.text, fontSize) / 2 + 12 > x - half) continue;
    xLabels.push({ x, text });
  }

  return {
    width,
    height,
    plot,
    yLabels: source.yTicks.map((tick, index) => ({ y: py(tick), text: yTexts[index] })),
    xLabels,
    marks,
    events,
    segments,
    baseline: baselineY !== null && baselineY >= plot.top && baselineY <= plot.bottom ? baselineY : null,
    fontSize,
  };
}


/**
 * The arrow drawn with a bound's marker, towards where the true value may lie: up for "more than",
 * down for "up to". Its stem, its cap and the arrowhead half-way, as one path; every drawer of a
 * marker (the pages' charts and legends, the preview images) draws it from here. The marker itself
 * is drawn open (hollow), so a bound never reads as a measured value.
 */
export function boundPath(cx: number, cy: number, bound: 'lower' | 'upper'): string {
  const d = bound === 'lower' ? -1 : 1;
  const [x, y] = [round(cx), (offset: number) => round(cy + d * offset)];
  return `M${x},${y(7)}V${y(19)}M${round(cx - 5)},${y(19)}H${round(cx + 5)}M${round(cx - 3.5)},${y(12.5)}L${x},${y(16)}L${round(cx + 3.5)},${y(12.5)}`;
}

function polygon(points: [number, number][], cx: number, cy: number): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(cx + x)},${round(cy + y)}`).join(' ')} Z`;
}

/**
 * An SVG path for a marker of the given area, in d3-shape's symbol shapes, so a claimant's marker
 * looks the same in a preview as on the page.
 */
export function markerPath(shape: MarkerShape, cx: number, cy: number, size: number): string {
  switch (shape) {
    case 'circle': {
      const r = Math.sqrt(size / Math.PI);
      return `M${round(cx - r)},${round(cy)} a${round(r)},${round(r)} 0 1,0 ${round(2 * r)},0 a${round(r)},${round(r)} 0 1,0 ${round(-2 * r)},0 Z`;
    }
    case 'square': {
      const h = Math.sqrt(size) / 2;
      return polygon([[-h, -h], [h, -h], [h, h], [-h, h]], cx, cy);
    }
    case 'triangle': {
      const y = -Math.sqrt(size / (Math.sqrt(3) * 3));
      return polygon([[0, 2 * y], [-Math.sqrt(3) * y, -y], [Math.sqrt(3) * y, -y]], cx, cy);
    }
    case 'diamond': {
      const tan30 = Math.sqrt(1 / 3);
      const y = Math.sqrt(size / (2 * tan30));
      const x = y * tan30;
      return polygon([[0, -y], [x, 0], [0, y], [-x, 0]], cx, cy);
    }
    case 'cross': {
      const r = Math.sqrt(size / 5) / 2;
      return polygon(
        [[-3 * r, -r], [-r, -r], [-r, -3 * r], [r, -3 * r], [r, -r], [3 * r, -r], [3 * r, r], [r, r], [r, 3 * r], [-r, 3 * r], [-r, r], [-3 * r, r]],
        cx,
        cy,
      );
    }
    case 'star': {
      const ka = 0.8908130915292852;
      const kr = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
      const kx = Math.sin((2 * Math.PI) / 10) * kr;
      const ky = -Math.cos((2 * Math.PI) / 10) * kr;
      const r = Math.sqrt(size * ka);
      const x = kx * r;
      const y = ky * r;
      const points: [number, number][] = [[0, -r], [x, y]];
      for (let i = 1; i < 5; i += 1) {
        const a = (2 * Math.PI * i) / 5;
        const c = Math.cos(a);
        const s = Math.sin(a);
        points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
      }
      return polygon(points, cx, cy);
    }
    case 'wye': {
      const c = -0.5;
      const s = Math.sqrt(3) / 2;
      const k = 1 / Math.sqrt(12);
      const a = (k / 2 + 1) * 3;
      const r = Math.sqrt(size / a);
      const [x0, y0] = [r / 2, r * k];
      const [x1, y1] = [x0, r * k + r];
      const [x2, y2] = [-x1, y1];
      return polygon(
        [
          [x0, y0], [x1, y1], [x2, y2],
          [c * x0 - s * y0, s * x0 + c * y0], [c * x1 - s * y1, s * x1 + c * y1], [c * x2 - s * y2, s * x2 + c * y2],
          [c * x0 + s * y0, c * y0 - s * x0], [c * x1 + s * y1, c * y1 - s * x1], [c * x2 + s * y2, c * y2 - s * x2],
        ],
        cx,
        cy,
      );
    }
  }
}
