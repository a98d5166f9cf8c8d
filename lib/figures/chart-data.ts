// What every chart draws, whatever page it is on: the chart model's types, and the pieces of it that
// do not depend on the figures (marker shapes, colour count, time and value axes, the labels beside
// points). The pipeline that turns figures into a model is explorer-series.ts, in named steps; a
// series page is a one-panel explorer view of it (onePanelView), so a figure sits at the same place
// on every chart. One chart shows one series, and a series has one unit, so every point of a chart
// shares one y-axis: figures of different units are never drawn against the same scale.
//
// Nothing is dropped silently: a figure that cannot be drawn is listed in its panel's `notDrawn`
// with the reason, and the chart prints that list under the plot.
import { formatPartialDate } from './period';

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
  /** Set when the point spreads over a month, a year or a period: "Drawn across Nov 2025." */
  placement: string | null;
}

// Optional fields are left out rather than set to null, and nothing is here that only the model's
// builder needs (the figure's date and qualifier stay with it): a series page sends its points to the
// browser, and a chart of 20 series carries 2,000 of them.
export interface ChartPoint {
  /** The figure's id, as a string. */
  id: string;
  /** Milliseconds since the epoch, UTC: the middle of the span the figure covers. */
  x: number;
  y: number;
  /** How far the span reaches either side of `x` when it is longer than a day. */
  xError: [number, number] | null;
  /** A stated range as distances below and above `y`. */
  yError: [number, number] | null;
  /** "More than", "at least" point up, "up to", "less than" down; drawn as an open marker with a cap. */
  bound: Bound;
  /** Short label drawn beside the point, with its qualifier mark: "~6.5M", ">12M", "4M–6M". */
  label: string;
  tooltip: PointTooltip;
  /** In indexed mode, the index in words: "about 243 (100 = about 3,000 troops, 23 Oct 2024)". */
  indexText?: string;
  /** Outlets that later carried the same claim. */
  repeatedBy?: string[];
}

/** How a claimant body is drawn: the same colour and marker on every chart of a view. */
export interface ClaimantStyle {
  /** The claimant organization: figures are grouped by the body they are attributed to. */
  key: string;
  label: string;
  colorIndex: number;
  shape: MarkerShape;
}

export interface ChartGroup extends ClaimantStyle {
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

/** Which marks appear, so that the legend explains only those. */
export interface ChartMarks {
  lowerBound: boolean;
  upperBound: boolean;
  approximate: boolean;
  range: boolean;
  coarseDate: boolean;
}

/** An event as a chart draws it: a numbered line, or a shaded span for a date known to the month or year. */
export interface PanelEvent {
  number: number;
  slug: string;
  /** The number(s) printed at the top of the line; null when a neighbour's label already names it. */
  label: string | null;
  x: number;
  span: [number, number] | null;
}

/** The change mode's dashed line between the two figures of a source that are compared. */
export interface ChangeSegment {
  key: string;
  colorIndex: number;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** What one chart draws, on a series page, in an explorer panel, an embed, a preview or a download. */
export interface ChartModel {
  /** Above the value axis: the unit, or the index's definition. */
  axisLabel: string;
  groups: ChartGroup[];
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  yTicks: number[];
  events: PanelEvent[];
  segments: ChangeSegment[];
  /** The baseline drawn in indexed mode. */
  baseline: number | null;
  pointCount: number;
  /** Accessible name of the chart: what it shows, in a few sentences. */
  summary: string;
}

const UNNAMED_ORGANIZATION = 'unknown';

/** The organization a figure is grouped under; claims without a named body form their own group. */
export function groupLabel(organization: string): string {
  return organization === UNNAMED_ORGANIZATION ? 'Source not named' : organization;
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
  const low = values.reduce((min, v) => Math.min(min, v), 0);
  const high = values.reduce((max, v) => Math.max(max, v), 0);
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
