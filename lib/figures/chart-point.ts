// One figure as a point of a chart, after it has been placed in time (placeFigureSpan in
// explorer-range.ts): where it sits, its whiskers, its label and its tooltip's words; in indexed mode,
// its index against its source's first figure. Steps of the chart pipeline (explorer-series.ts).
import type { Bound, ChartPoint } from './chart-data';
import { baselineProblem, indexFigure, type Bounds } from './explorer-change';
import { formatDate, holdsOverPeriod, type Span } from './explorer-range';
import { formatPeriod } from './period';
import type { FigureView, PartialDate, SeriesView } from './types';
import { describeClaimant, describeQuantity, QUALIFIER_BOUNDS, shortValue } from './wording';

const DAY = 86_400_000;

/** A figure placed in time: the span it covers and the dates it was given. */
export interface Placed {
  figure: FigureView;
  span: Span;
  start: PartialDate;
  end: PartialDate;
}

/**
 * Where a point sits on the time axis: the middle of the span its figure covers, with a whisker over
 * the rest of the span unless it is a single day.
 */
export function spanToX(span: Span): { x: number; xError: [number, number] | null } {
  const x = Math.round((span.start + span.end) / 2);
  if (span.end - span.start < DAY) return { x, xError: null };
  return { x, xError: [x - span.start, span.end - x] };
}

function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.date === b.date && a.precision === b.precision;
}

/** The date a point is drawn at, at its precision: "Nov 2025", "Jan 2025 – Feb 2025". */
export function pointDate(p: Pick<Placed, 'start' | 'end'>): string {
  return sameDate(p.start, p.end) ? formatDate(p.end) : `${formatDate(p.start)} – ${formatDate(p.end)}`;
}

/** "drawn across Nov 2025", "drawn across Sep 2023 – Mar 2025", "drawn at 13 Jan 2025" */
export function placementText(start: PartialDate, end: PartialDate): string {
  if (sameDate(start, end)) return end.precision === 'day' ? `drawn at ${formatDate(end)}` : `drawn across ${formatDate(end)}`;
  return `drawn across ${formatDate(start)} – ${formatDate(end)}`;
}

/** The tooltip's note on where the point is, when it spreads over more than a day. */
function placementNote(p: Placed): string | null {
  if (p.start.precision === 'day' && sameDate(p.start, p.end)) return null;
  const text = placementText(p.start, p.end);
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

export function toPoint(p: Placed, series: SeriesView, repeatedBy: string[] = []): ChartPoint {
  const { figure } = p;
  const { x, xError } = spanToX(p.span);
  const y = Number(figure.value);
  const isRange = figure.qualifier === 'range' && figure.valueLow !== null && figure.valueHigh !== null;
  const via = figure.via ? ` (via ${figure.via})` : '';
  return {
    id: String(figure.figureId),
    x,
    y,
    xError,
    yError: isRange ? [y - Number(figure.valueLow), Number(figure.valueHigh) - y] : null,
    bound: QUALIFIER_BOUNDS[figure.qualifier],
    label: shortValue(figure),
    tooltip: {
      value: describeQuantity(figure, series.unit),
      period: formatPeriod(figure.periodStart, figure.periodEnd, series.kind),
      claimant: `${describeClaimant(figure.claimant)}${via}`,
      publisher: figure.publisher.name,
      published: figure.publishedOn ? `published ${formatDate(figure.publishedOn)}` : 'publication date not given',
      placement: placementNote(p),
    },
    ...(repeatedBy.length > 0 ? { repeatedBy } : {}),
  };
}

function periodLength(p: Placed): number {
  return p.span.end - p.span.start;
}

/** Whether two figures cover periods of about the same length (within a tenth), as a change or an index needs. */
export function comparablePeriods(kind: SeriesView['kind'], a: Placed, b: Placed): boolean {
  return !holdsOverPeriod(kind) || Math.abs(periodLength(a) - periodLength(b)) <= 0.1 * periodLength(a);
}

function indexLabel(y: number, bound: Bound, bounds: Bounds, ranged: boolean): string {
  const rounded = (n: number) => String(Math.round(n));
  if (bound === 'lower') return `${bounds.lowStrict ? '>' : '≥'}${rounded(y)}`;
  if (bound === 'upper') return `${bounds.highStrict ? '<' : '≤'}${rounded(y)}`;
  if (ranged) return `${rounded(bounds.low as number)}–${rounded(bounds.high as number)}`;
  return `${bounds.approximate ? '~' : ''}${rounded(y)}`;
}

/** A point's value replaced by its index against the group's first figure, qualifiers carried through. */
export function indexPoint(point: ChartPoint, figure: FigureView, baseline: Placed, series: SeriesView): { point: ChartPoint; text: string } | null {
  const indexed = indexFigure(figure, baseline.figure);
  if (!indexed) return null;
  const { bounds } = indexed;
  const yError: [number, number] | null =
    bounds.low !== null && bounds.high !== null && bounds.high - bounds.low > 1e-9 ? [indexed.y - bounds.low, bounds.high - indexed.y] : null;
  const bound: Bound = bounds.low !== null && bounds.high === null ? 'lower' : bounds.low === null && bounds.high !== null ? 'upper' : null;
  const y = bound === 'lower' ? (bounds.low as number) : bound === 'upper' ? (bounds.high as number) : indexed.y;
  return {
    point: {
      ...point,
      y,
      yError,
      bound,
      label: indexLabel(y, bound, bounds, yError !== null),
      indexText: `${indexed.text} (100 = ${describeQuantity(baseline.figure, series.unit)}, ${formatDate(baseline.end)})`,
    },
    text: indexed.text,
  };
}

/** The index's 100: the first figure of a group that states a value ("more than 3,000" cannot be one). */
export function indexBaseline(list: Placed[]): Placed | null {
  return list.find((p) => baselineProblem(p.figure) === null) ?? null;
}
