// What a figure chart draws, built apart from the drawing (components/charts/figure-chart.tsx only
// renders this model). One chart shows one series, and a series has one unit, so every point here
// shares one y-axis: figures of different units are never drawn against the same scale.
//
// Nothing is dropped silently: a figure that cannot be placed in time is listed in `notDrawn` with
// the reason, and the chart prints that list under the plot.
import { formatPartialDate, formatPeriod } from './period';
import type { FigureView, PartialDate, Qualifier, SeriesView } from './types';
import { NO_DATE_REASON, NO_END_DATE_REASON, placeFigureSpan, type Span } from './explorer-range';
import { describeClaimant, describeQuantity, describeSource, QUALIFIER_BOUNDS, QUALIFIER_SYMBOLS, shortValue } from './wording';

export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'wye', 'cross'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

/**
 * How many colours the chart palette has. It is one fewer than the number of shapes, so colour and
 * shape cycle out of step and two groups share both only after 42 groups.
 */
export const CHART_COLOR_COUNT = 6;

/** Direction in which the true value may lie beyond the drawn point: "more than" points up. */
export type { Bound } from './wording';
import type { Bound } from './wording';

export interface PointTooltip {
  /** The value in words with its unit: "more than 12 million shells". */
  value: string;
  /** The reference period at its precision: "since Sep 2023, as of Mar 2025". */
  period: string;
  claimant: string;
  publisher: string;
  published: string;
  /** Set when the point is not where a reader would assume, e.g. drawn at its start date. */
  placement: string | null;
}

export interface ChartPoint {
  id: string;
  /** The date the point is drawn at, at its precision: "Nov 2025". */
  date: string;
  /** Milliseconds since the epoch, UTC: the middle of the date the point is drawn at. */
  x: number;
  y: number;
  /** How far the date reaches either side of `x` when it is known only to the month or year. */
  xError: [number, number] | null;
  /** A stated range as distances below and above `y`. */
  yError: [number, number] | null;
  qualifier: Qualifier;
  bound: Bound;
  /** Short label drawn beside the point, with its qualifier mark: "~6.5M", ">12M", "4M–6M". */
  label: string;
  tooltip: PointTooltip;
}

export interface ChartGroup {
  /** The claimant organization the points are attributed to. */
  key: string;
  label: string;
  colorIndex: number;
  shape: MarkerShape;
  points: ChartPoint[];
}

export interface NotDrawnFigure {
  id: string;
  /** "1,859 children, per …, reported by …" */
  text: string;
}

export interface NotDrawnGroup {
  /** Why these figures are not on the chart: "no date given". */
  reason: string;
  figures: NotDrawnFigure[];
}

export interface ChartMarks {
  lowerBound: boolean;
  upperBound: boolean;
  approximate: boolean;
  range: boolean;
  coarseDate: boolean;
}

export interface ChartModel {
  slug: string;
  unit: string;
  groups: ChartGroup[];
  notDrawn: NotDrawnGroup[];
  pointCount: number;
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  yTicks: number[];
  /** Which qualifier marks appear, so the legend explains only those. */
  marks: ChartMarks;
  /** Accessible name of the chart: what it shows, in one or two sentences. */
  summary: string;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const UNNAMED_ORGANIZATION = 'unknown';

/** The organization a figure is grouped under; claims without a named body form their own group. */
export function groupLabel(organization: string): string {
  return organization === UNNAMED_ORGANIZATION ? 'Source not named' : organization;
}

/**
 * Where a point sits on the time axis: the middle of the span its figure covers (placeFigureSpan in
 * explorer-range.ts, the one placement rule the explorer draws by too), with a whisker over the rest
 * of the span unless it is a single day.
 */
export function spanToX(span: Span): { x: number; xError: [number, number] | null } {
  const x = Math.round((span.start + span.end) / 2);
  if (span.end - span.start < DAY) return { x, xError: null };
  return { x, xError: [x - span.start, span.end - x] };
}

function toPoint(figure: FigureView, series: SeriesView, span: Span, date: PartialDate): ChartPoint {
  const { x, xError } = spanToX(span);
  const y = Number(figure.value);
  const isRange = figure.qualifier === 'range' && figure.valueLow !== null && figure.valueHigh !== null;
  const via = figure.via ? ` (via ${figure.via})` : '';
  return {
    id: String(figure.figureId),
    date: formatPartialDate(date),
    x,
    y,
    xError,
    yError: isRange ? [y - Number(figure.valueLow), Number(figure.valueHigh) - y] : null,
    qualifier: figure.qualifier,
    bound: QUALIFIER_BOUNDS[figure.qualifier],
    label: shortValue(figure),
    tooltip: {
      value: describeQuantity(figure, series.unit),
      period: formatPeriod(figure.periodStart, figure.periodEnd, series.kind),
      claimant: `${describeClaimant(figure.claimant)}${via}`,
      publisher: figure.publisher.name,
      published: figure.publishedOn ? `published ${formatPartialDate(figure.publishedOn)}` : 'publication date not given',
      placement: figure.periodEnd ? null : 'Drawn across its start date: no end date given.',
    },
  };
}

/** Month-aligned time ticks: yearly when the span is long, down to monthly when it is short. */
export function timeTicks(domain: [number, number], maxTicks = 6): number[] {
  const [from, to] = domain;
  const monthStarts: { ms: number; index: number }[] = [];
  const first = new Date(from);
  for (let index = first.getUTCFullYear() * 12 + first.getUTCMonth(); ; index += 1) {
    const ms = Date.UTC(Math.floor(index / 12), index % 12, 1);
    if (ms > to) break;
    if (ms >= from) monthStarts.push({ ms, index });
  }
  for (const months of [1, 2, 3, 6, 12, 24, 60, 120]) {
    const ticks = monthStarts.filter((m) => m.index % months === 0).map((m) => m.ms);
    if (ticks.length > 0 && ticks.length <= maxTicks) return ticks;
  }
  return [from, to];
}

/** "2024" for the first of January, else "Jul 2024". */
export function formatTimeTick(ms: number): string {
  const date = new Date(ms);
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return String(date.getUTCFullYear());
  return formatPartialDate({ date: date.toISOString().slice(0, 10), precision: 'month' });
}

function niceStep(span: number, maxTicks: number): number {
  const rough = span / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => span / s <= maxTicks);
  return step ?? 10 * magnitude;
}

/** A value axis that starts at zero (so heights compare honestly) and ends on a round number. */
export function valueAxis(values: number[], maxTicks = 5): { domain: [number, number]; ticks: number[] } {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (low === high) return { domain: [0, 1], ticks: [0, 1] };
  // A little headroom keeps the top point and its label off the frame.
  const top = high * 1.05;
  const step = niceStep(top - low, maxTicks);
  const start = Math.floor(low / step) * step;
  const end = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let tick = start; tick <= end + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return { domain: [start, ticks[ticks.length - 1]], ticks };
}

/**
 * Compact axis numbers that match the point labels: "6M", "2.5M", "12k", "180". The unit follows the
 * top of the axis, so one axis never mixes "5,000" with "10k".
 */
export function formatAxisNumber(value: number, axisMax: number = value): string {
  const top = Math.abs(axisMax);
  if (value === 0) return '0';
  if (top >= 1_000_000) return `${Number((value / 1_000_000).toFixed(2))}M`;
  if (top >= 10_000) return `${Number((value / 1000).toFixed(1))}k`;
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function timeDomain(points: ChartPoint[]): [number, number] {
  if (points.length === 0) {
    const now = Date.now();
    return [now - YEAR, now];
  }
  const from = Math.min(...points.map((p) => p.x - (p.xError?.[0] ?? 0)));
  const to = Math.max(...points.map((p) => p.x + (p.xError?.[1] ?? 0)));
  // A single figure, or several close together, still gets a readable stretch of time around it.
  const span = Math.max(to - from, YEAR);
  const middle = (from + to) / 2;
  const padding = span * 0.06;
  return [Math.round(middle - span / 2 - padding), Math.round(middle + span / 2 + padding)];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summarise(series: SeriesView, groups: ChartGroup[], notDrawn: NotDrawnGroup[], pointCount: number): string {
  const parts = [`Chart of ${series.title}, in ${series.unit}.`];
  if (pointCount > 0) {
    const points = groups.flatMap((g) => g.points).sort((a, b) => a.x - b.x);
    const first = points[0].date;
    const last = points[points.length - 1].date;
    const span = first === last ? `at ${first}` : `from ${first} to ${last}`;
    parts.push(
      `${plural(pointCount, 'figure')} drawn ${span}, from ${plural(groups.length, 'source')}: ${groups.map((g) => g.label).join('; ')}.`,
    );
    const latest = points[points.length - 1];
    parts.push(`Latest drawn: ${latest.tooltip.value}, ${latest.tooltip.period}, per ${latest.tooltip.claimant}.`);
  } else {
    parts.push('No figure can be drawn.');
  }
  for (const group of notDrawn) {
    parts.push(`Not drawn: ${group.reason} (${group.figures.length}).`);
  }
  return parts.join(' ');
}

export function buildChartModel(series: SeriesView, figures: FigureView[]): ChartModel {
  const byGroup = new Map<string, ChartPoint[]>();
  const notDrawnByReason = new Map<string, NotDrawnFigure[]>();
  const marks: ChartMarks = { lowerBound: false, upperBound: false, approximate: false, range: false, coarseDate: false };

  for (const figure of figures) {
    const placed = placeFigureSpan(figure, series.kind);
    if (!placed.ok) {
      const list = notDrawnByReason.get(placed.reason) ?? [];
      list.push({ id: String(figure.figureId), text: `${describeQuantity(figure, series.unit)}, ${describeSource(figure)}` });
      notDrawnByReason.set(placed.reason, list);
      continue;
    }
    const point = toPoint(figure, series, placed.span, placed.end);
    const key = figure.claimant.organization;
    byGroup.set(key, [...(byGroup.get(key) ?? []), point]);
    marks.lowerBound ||= point.bound === 'lower';
    marks.upperBound ||= point.bound === 'upper';
    marks.approximate ||= QUALIFIER_SYMBOLS[point.qualifier] === '~';
    marks.range ||= point.yError !== null;
    marks.coarseDate ||= point.xError !== null;
  }

  // Groups appear in the order their first figure does, so the legend reads like a timeline.
  const groups: ChartGroup[] = [...byGroup.entries()]
    .map(([key, points]) => ({ key, points: points.sort((a, b) => a.x - b.x || a.y - b.y) }))
    .sort((a, b) => a.points[0].x - b.points[0].x || a.key.localeCompare(b.key))
    .map(({ key, points }, index) => ({
      key,
      label: groupLabel(key),
      colorIndex: index % CHART_COLOR_COUNT,
      shape: MARKER_SHAPES[index % MARKER_SHAPES.length],
      points,
    }));

  const notDrawn = [NO_DATE_REASON, NO_END_DATE_REASON]
    .filter((reason) => notDrawnByReason.has(reason))
    .map((reason) => ({ reason, figures: notDrawnByReason.get(reason) ?? [] }));

  const points = groups.flatMap((g) => g.points);
  const xDomain = timeDomain(points);
  const yAxis = valueAxis(points.flatMap((p) => (p.yError ? [p.y - p.yError[0], p.y + p.yError[1]] : [p.y])));

  return {
    slug: series.slug,
    unit: series.unit,
    groups,
    notDrawn,
    pointCount: points.length,
    xDomain,
    xTicks: timeTicks(xDomain),
    yDomain: yAxis.domain,
    yTicks: yAxis.ticks,
    marks,
    summary: summarise(series, groups, notDrawn, points.length),
  };
}

/** A rectangle in chart pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest {
  id: string;
  /** The point's centre in chart pixels. */
  cx: number;
  cy: number;
  text: string;
  bound: Bound;
  /** Pixel rows the point's range bar spans, top then bottom, when it has one. */
  rangePx: [number, number] | null;
}

export interface LabelPlacement {
  id: string;
  text: string;
  /** Where the text's baseline starts (anchor "start") or ends (anchor "end"). */
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

const LABEL_CHAR_WIDTH = 6.8;
const LABEL_HEIGHT = 12;
const MARKER_RADIUS = 6;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, frame: Box): boolean {
  return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
}

/** What a label must not cover: every marker, and the bound arrow and range bar drawn with it. */
function obstacles(request: LabelRequest): Box[] {
  const { cx, cy } = request;
  const boxes: Box[] = [{ left: cx - MARKER_RADIUS, top: cy - MARKER_RADIUS, right: cx + MARKER_RADIUS, bottom: cy + MARKER_RADIUS }];
  if (request.bound === 'lower') boxes.push({ left: cx - 5, top: cy - 20, right: cx + 5, bottom: cy });
  if (request.bound === 'upper') boxes.push({ left: cx - 5, top: cy, right: cx + 5, bottom: cy + 20 });
  if (request.rangePx) boxes.push({ left: cx - 5, top: request.rangePx[0], right: cx + 5, bottom: request.rangePx[1] });
  return boxes;
}

/**
 * Places the short value labels beside their points without overlapping each other or any marker:
 * above-right first, then above-left, below-right, below-left. The latest points are placed first,
 * so the figure a reader looks for keeps its label; a label with no free spot is left out (the
 * point keeps its marks and its tooltip, and the table lists every value).
 */
export function layoutPointLabels(requests: LabelRequest[], frame: Box): LabelPlacement[] {
  const blocked = requests.flatMap(obstacles);
  const placed: LabelPlacement[] = [];
  const order = [...requests].sort((a, b) => b.cx - a.cx);
  for (const request of order) {
    const width = request.text.length * LABEL_CHAR_WIDTH;
    const { cx, cy } = request;
    const candidates: LabelPlacement[] = [
      { id: request.id, text: request.text, x: cx + 7, y: cy - 6, anchor: 'start' },
      { id: request.id, text: request.text, x: cx - 7, y: cy - 6, anchor: 'end' },
      { id: request.id, text: request.text, x: cx + 7, y: cy + 15, anchor: 'start' },
      { id: request.id, text: request.text, x: cx - 7, y: cy + 15, anchor: 'end' },
    ];
    const fits = candidates.find((candidate) => {
      const left = candidate.anchor === 'start' ? candidate.x : candidate.x - width;
      const box: Box = { left, top: candidate.y - LABEL_HEIGHT + 2, right: left + width, bottom: candidate.y + 2 };
      return inside(box, frame) && !blocked.some((b) => overlaps(box, b));
    });
    if (!fits) continue;
    const left = fits.anchor === 'start' ? fits.x : fits.x - width;
    blocked.push({ left, top: fits.y - LABEL_HEIGHT + 2, right: left + width, bottom: fits.y + 2 });
    placed.push(fits);
  }
  return placed;
}
