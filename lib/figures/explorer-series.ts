// What the explorer draws and tabulates, built apart from the drawing (components/explorer/* only
// render this model). The explorer compares several series as small multiples: one panel per series,
// so figures of different units never share an axis. Panels of the same unit and the same kind of
// measure (at a date, or within a period) share one value scale; running totals and within-period
// counts never do, and nothing is ever summed or stacked.
//
// Claimant bodies keep one colour and marker across every panel (the logic of buildChartModel in
// chart-data.ts, applied to the whole view rather than to one chart), repeats of an earlier claim are
// folded into the first report, and every figure that is not drawn is listed with the reason.
import {
  CHART_COLOR_COUNT,
  MARKER_SHAPES,
  groupLabel,
  timeTicks,
  valueAxis,
  type Bound,
  type ChartGroup,
  type ChartMarks,
  type ChartPoint,
  type MarkerShape,
  type NotDrawnGroup,
} from './chart-data';
import { computeChange, baselineProblem, indexFigure, type Change } from './explorer-change';
import { findRepeats, groupCompetingEstimates, type LedgerPeriod } from './explorer-ledger';
import {
  NO_DATE_REASON,
  NO_END_DATE_REASON,
  formatDate as formatPartialDate,
  holdsOverPeriod,
  partialDateSpan,
  placeFigureSpan,
  rangeSpan,
  spansOverlap,
  type DateRange,
  type Span,
} from './explorer-range';
import { formatPeriod } from './period';
import type { FigureView, PartialDate, SeriesView, Topic } from './types';
import { describeClaimant, describeQuantity, describeSource, QUALIFIER_BOUNDS, shortValue, sourceLine } from './wording';

export type ExplorerMode = 'absolute' | 'change' | 'indexed';

export interface ExplorerEvent {
  slug: string;
  date: PartialDate;
  title: string;
  description: string;
  topics: Topic[];
  /** Who reported it, and where. */
  source: string;
  url: string | null;
}

export interface ExplorerInput {
  /** The chosen series, in the order they were chosen. */
  series: SeriesView[];
  /** Their figures in the range, and those that cannot be placed in time. */
  figures: FigureView[];
  events: ExplorerEvent[];
  range: DateRange;
  mode: ExplorerMode;
}

export interface ClaimantStyle {
  /** The claimant organization: figures are grouped by the body they are attributed to. */
  key: string;
  label: string;
  colorIndex: number;
  shape: MarkerShape;
}

// Optional fields are left out rather than set to null: a chart of 20 series carries 2,000 points to
// the browser, and every byte of each is paid for in every response.
export interface ExplorerPoint extends ChartPoint {
  figureId: number;
  /** "More than", "at least", "up to", "less than": drawn as an open marker with a cap. */
  open: boolean;
  /** In indexed mode, the index in words: "about 243 (100 = about 3,000 troops, 23 Oct 2024)". */
  indexText?: string;
  /** Outlets that later carried the same claim. */
  repeatedBy?: string[];
  /** In change mode, whether this figure starts or ends its source's change. */
  role?: 'start' | 'end';
}

export interface PanelGroup extends ChartGroup {
  points: ExplorerPoint[];
}

/** An event as a panel draws it: a numbered line, or a shaded span for a date known to the month or year. */
export interface PanelEvent {
  number: number;
  slug: string;
  /** The number(s) printed at the top of the line; null when a neighbour's label already names it. */
  label: string | null;
  x: number;
  span: [number, number] | null;
}

/** An event as the list above the panels describes it. */
export interface EventMark extends PanelEvent {
  title: string;
  topics: Topic[];
  /** "18 Oct 2024", "Oct 2024" */
  dateText: string;
  source: string;
  url: string | null;
  description: string;
}

export interface ChangeSegment {
  key: string;
  colorIndex: number;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** What one panel's chart draws: the props of the client component, nothing more. */
export interface PanelChart {
  slug: string;
  /** Above the value axis: the unit, or the index's definition. */
  axisLabel: string;
  groups: PanelGroup[];
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

export interface TableRow {
  figure: FigureView;
  style: ClaimantStyle;
  /** What the chart shows for the figure: "drawn across Nov 2025", or why it is not drawn. */
  placement: string;
  drawn: boolean;
  /** In indexed mode: "about 243"; or why the figure cannot be indexed. */
  indexed: string | null;
  /** The first report of the same claim, when this one repeats it. */
  repeatOf: FigureView | null;
}

export interface ChangeRow {
  key: string;
  style: ClaimantStyle;
  start: FigureView | null;
  end: FigureView | null;
  /** The dates of the two figures compared: "Oct 2024", "30 Apr 2025". */
  startDate: string | null;
  endDate: string | null;
  change: Change | null;
  /** Why no change is given, e.g. "only one figure in the range". */
  reason: string | null;
  note: string | null;
}

export interface ExplorerPanel {
  series: SeriesView;
  chart: PanelChart;
  rows: TableRow[];
  notDrawn: NotDrawnGroup[];
  /** Figures of the series in view, repeats and undrawn figures included. */
  figureCount: number;
  sourceLine: string;
  changes: ChangeRow[];
  /** The latest periods in which several bodies gave estimates, oldest first. */
  ledger: LedgerPeriod[];
  /** Earlier such periods left out of the ledger (the table lists their figures). */
  ledgerHidden: number;
  /** Panels with the same key share one value scale. */
  axisKey: string;
}

export interface ExplorerMarks extends ChartMarks {
  repeats: boolean;
}

export interface ExplorerModel {
  mode: ExplorerMode;
  panels: ExplorerPanel[];
  claimants: ClaimantStyle[];
  marks: ExplorerMarks;
  events: EventMark[];
  xDomain: [number, number];
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
export const INDEX_AXIS_LABEL = 'index: 100 = each source’s first stated value in the range';
/**
 * How many periods of competing estimates the ledger sets out: the latest 6 of a series, but no more
 * than about 36 on the page, so that 20 dense series still make a page a reader can take in. The rest
 * are counted, and the table view lists their figures.
 */
export const LEDGER_LIMIT = 6;
const LEDGER_BUDGET = 36;
export const CHANGE_KIND_REASON = 'not indexed: this series is itself a change in percent';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "drawn across Nov 2025", "drawn across Sep 2023 – Mar 2025", "drawn at 13 Jan 2025" */
function placementText(start: PartialDate, end: PartialDate): string {
  if (start.date === end.date && start.precision === end.precision) {
    return end.precision === 'day' ? `drawn at ${formatPartialDate(end)}` : `drawn across ${formatPartialDate(end)}`;
  }
  return `drawn across ${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

function spanToX(span: Span): { x: number; xError: [number, number] | null } {
  const x = Math.round((span.start + span.end) / 2);
  if (span.end - span.start < DAY) return { x, xError: null };
  return { x, xError: [x - span.start, span.end - x] };
}

/** The shared time axis: the chosen range, or the figures' extent with a margin when a side is open. */
function timeDomain(range: DateRange, spans: Span[]): [number, number] {
  const chosen = rangeSpan(range);
  const dataStart = spans.length > 0 ? Math.min(...spans.map((s) => s.start)) : Date.now() - YEAR;
  const dataEnd = spans.length > 0 ? Math.max(...spans.map((s) => s.end)) : Date.now();
  let start = Number.isFinite(chosen.start) ? chosen.start : dataStart;
  let end = Number.isFinite(chosen.end) ? chosen.end : dataEnd;
  if (end - start < YEAR && !(Number.isFinite(chosen.start) && Number.isFinite(chosen.end))) {
    const middle = (start + end) / 2;
    start = Number.isFinite(chosen.start) ? start : Math.min(start, middle - YEAR / 2);
    end = Number.isFinite(chosen.end) ? end : Math.max(end, middle + YEAR / 2);
  }
  const padding = (end - start) * 0.03;
  return [
    Math.round(Number.isFinite(chosen.start) ? start : start - padding),
    Math.round(Number.isFinite(chosen.end) ? end : end + padding),
  ];
}

interface Placed {
  figure: FigureView;
  span: Span;
  start: PartialDate;
  end: PartialDate;
}

/** The styles of every claimant body in view, in the order their first figure appears. */
function claimantStyles(placed: Placed[], unplaced: FigureView[]): ClaimantStyle[] {
  const first = new Map<string, number>();
  for (const p of placed) {
    const key = p.figure.claimant.organization;
    first.set(key, Math.min(first.get(key) ?? Infinity, p.span.start));
  }
  for (const f of unplaced) {
    if (!first.has(f.claimant.organization)) first.set(f.claimant.organization, Infinity);
  }
  return [...first.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([key], index) => ({
      key,
      label: groupLabel(key),
      colorIndex: index % CHART_COLOR_COUNT,
      shape: MARKER_SHAPES[index % MARKER_SHAPES.length],
    }));
}

function buildEvents(events: ExplorerEvent[], domain: [number, number]): EventMark[] {
  return events
    .map((event) => ({ event, span: partialDateSpan(event.date) }))
    .filter(({ span }) => spansOverlap(span, { start: domain[0], end: domain[1] }))
    .sort((a, b) => a.span.start - b.span.start || a.event.slug.localeCompare(b.event.slug))
    .map(({ event, span }, index) => ({
      number: index + 1,
      label: String(index + 1),
      slug: event.slug,
      title: event.title,
      topics: event.topics,
      dateText: formatPartialDate(event.date),
      x: event.date.precision === 'day' ? span.start + DAY / 2 : Math.round((span.start + span.end) / 2),
      span: event.date.precision === 'day' ? null : [Math.max(span.start, domain[0]), Math.min(span.end, domain[1])],
      source: event.source,
      url: event.url,
      description: event.description,
    }));
}

/**
 * The events a panel shows: those of its topic, or of none. Lines closer than a few pixels would
 * print their numbers on top of each other, so a close neighbour's number joins the first label.
 */
function panelEvents(events: EventMark[], series: SeriesView, domain: [number, number]): PanelEvent[] {
  const close = (domain[1] - domain[0]) * 0.03;
  const shown: PanelEvent[] = events
    .filter((e) => e.topics.length === 0 || e.topics.includes(series.topic))
    .map((e) => ({ number: e.number, slug: e.slug, label: String(e.number), x: e.x, span: e.span }));
  let anchor: PanelEvent | null = null;
  for (const event of shown) {
    if (anchor && event.x - anchor.x < close) {
      anchor.label = `${anchor.label},${event.number}`;
      event.label = null;
    } else {
      anchor = event;
    }
  }
  return shown;
}

function periodLength(p: Placed): number {
  return p.span.end - p.span.start;
}

/** The change within each claimant body's own figures, first to last in the range. */
function buildChanges(series: SeriesView, placedByGroup: Map<string, Placed[]>, styles: Map<string, ClaimantStyle>): ChangeRow[] {
  return [...placedByGroup.entries()].map(([key, list]) => {
    const style = styles.get(key) as ClaimantStyle;
    const start = list[0];
    const end = list[list.length - 1];
    const row: ChangeRow = {
      key,
      style,
      start: start.figure,
      end: list.length > 1 ? end.figure : null,
      startDate: formatPartialDate(start.end),
      endDate: list.length > 1 ? formatPartialDate(end.end) : null,
      change: null,
      reason: null,
      note: null,
    };
    if (series.kind === 'change') {
      row.reason = 'this series is itself a change in percent; its figures are shown as given';
    } else if (list.length < 2) {
      row.reason = 'only one figure from this source in the range';
    } else if (holdsOverPeriod(series.kind) && Math.abs(periodLength(start) - periodLength(end)) > 0.1 * periodLength(start)) {
      row.reason = `the two figures cover periods of different length (${formatPeriod(start.figure.periodStart, start.figure.periodEnd, series.kind)}; ${formatPeriod(end.figure.periodStart, end.figure.periodEnd, series.kind)})`;
    } else {
      row.change = computeChange(start.figure, end.figure);
      if (series.kind === 'cumulative' && row.change.absolute.high !== null && row.change.absolute.high < 0) {
        row.note = 'A running total cannot fall: the later figure revises the earlier one downwards.';
      }
    }
    return row;
  });
}

interface BuiltPoint {
  placed: Placed;
  point: ExplorerPoint | null;
  /** Set when the point cannot be drawn in this mode. */
  reason: string | null;
  indexed: string | null;
}

function toPoint(p: Placed, series: SeriesView, repeatedBy: string[]): ExplorerPoint {
  const { figure } = p;
  const { x, xError } = spanToX(p.span);
  const y = Number(figure.value);
  const isRange = figure.qualifier === 'range' && figure.valueLow !== null && figure.valueHigh !== null;
  const via = figure.via ? ` (via ${figure.via})` : '';
  const coarse = p.start.precision !== 'day' || p.start.date !== p.end.date;
  return {
    id: String(figure.figureId),
    figureId: figure.figureId,
    date: p.start.date === p.end.date && p.start.precision === p.end.precision ? formatPartialDate(p.end) : `${formatPartialDate(p.start)} – ${formatPartialDate(p.end)}`,
    x,
    y,
    xError,
    yError: isRange ? [y - Number(figure.valueLow), Number(figure.valueHigh) - y] : null,
    qualifier: figure.qualifier,
    bound: QUALIFIER_BOUNDS[figure.qualifier],
    open: QUALIFIER_BOUNDS[figure.qualifier] !== null,
    label: shortValue(figure),
    ...(repeatedBy.length > 0 ? { repeatedBy } : {}),
    tooltip: {
      value: describeQuantity(figure, series.unit),
      period: formatPeriod(figure.periodStart, figure.periodEnd, series.kind),
      claimant: `${describeClaimant(figure.claimant)}${via}`,
      publisher: figure.publisher.name,
      published: figure.publishedOn ? `published ${formatPartialDate(figure.publishedOn)}` : 'publication date not given',
      placement: coarse ? `${placementText(p.start, p.end)[0].toUpperCase()}${placementText(p.start, p.end).slice(1)}.` : null,
    },
  };
}

/** Replaces a point's value by its index against the group's first figure, qualifiers carried through. */
function indexPoint(point: ExplorerPoint, figure: FigureView, baseline: Placed, series: SeriesView): { point: ExplorerPoint; text: string } | null {
  const indexed = indexFigure(figure, baseline.figure);
  if (!indexed) return null;
  const { bounds } = indexed;
  const yError: [number, number] | null =
    bounds.low !== null && bounds.high !== null && bounds.high - bounds.low > 1e-9 ? [indexed.y - bounds.low, bounds.high - indexed.y] : null;
  const bound: Bound = bounds.low !== null && bounds.high === null ? 'lower' : bounds.low === null && bounds.high !== null ? 'upper' : null;
  const y = bound === 'lower' ? (bounds.low as number) : bound === 'upper' ? (bounds.high as number) : indexed.y;
  const rounded = (n: number) => String(Math.round(n));
  const label =
    bound === 'lower' ? `${bounds.lowStrict ? '>' : '≥'}${rounded(y)}` : bound === 'upper' ? `${bounds.highStrict ? '<' : '≤'}${rounded(y)}` : yError ? `${rounded(bounds.low as number)}–${rounded(bounds.high as number)}` : `${bounds.approximate ? '~' : ''}${rounded(y)}`;
  return {
    point: { ...point, y, yError, bound, open: bound !== null, label, indexText: `${indexed.text} (100 = ${describeQuantity(baseline.figure, series.unit)}, ${formatPartialDate(baseline.end)})` },
    text: indexed.text,
  };
}

function summarise(series: SeriesView, axisLabel: string, groups: PanelGroup[], notDrawnCount: number, mode: ExplorerMode): string {
  const parts = [`Chart of ${series.title}, ${mode === 'indexed' ? `as an ${axisLabel}` : `in ${series.unit}`}.`];
  const points = groups.flatMap((g) => g.points).sort((a, b) => a.x - b.x);
  if (points.length === 0) {
    parts.push('No figure is drawn in this range.');
  } else {
    const first = points[0].date;
    const last = points[points.length - 1].date;
    parts.push(
      `${plural(points.length, 'figure')} drawn ${first === last ? `at ${first}` : `from ${first} to ${last}`}, from ${plural(groups.length, 'source')}: ${groups.map((g) => g.label).join('; ')}.`,
    );
    const latest = points[points.length - 1];
    parts.push(`Latest: ${latest.indexText ?? latest.tooltip.value}, ${latest.tooltip.period}, per ${latest.tooltip.claimant}.`);
  }
  if (notDrawnCount > 0) parts.push(`${plural(notDrawnCount, 'figure')} not drawn, listed below the chart.`);
  return parts.join(' ');
}

function axisKeyOf(series: SeriesView, mode: ExplorerMode): string {
  if (mode === 'indexed') return 'index';
  return `${series.unit}|${holdsOverPeriod(series.kind) ? 'within a period' : 'at a date'}`;
}

export function buildExplorerModel(input: ExplorerInput): ExplorerModel {
  const { mode } = input;
  const range = rangeSpan(input.range);
  const repeats = findRepeats(input.figures);
  const byId = new Map(input.figures.map((f) => [f.figureId, f]));
  const repeatedBy = new Map<number, string[]>();
  for (const [repeatId, originalId] of repeats) {
    const list = repeatedBy.get(originalId) ?? [];
    list.push(byId.get(repeatId)?.publisher.name ?? '');
    repeatedBy.set(originalId, list);
  }

  // Place every figure of every series first: the claimant styles and the time axis are shared.
  const bySeries = new Map<string, FigureView[]>();
  for (const figure of input.figures) {
    const list = bySeries.get(figure.seriesSlug);
    if (list) list.push(figure);
    else bySeries.set(figure.seriesSlug, [figure]);
  }
  const perSeries = input.series.map((series) => {
    const figures = bySeries.get(series.slug) ?? [];
    const placed: Placed[] = [];
    const unplaced: { figure: FigureView; reason: string }[] = [];
    for (const figure of figures) {
      const p = placeFigureSpan(figure, series.kind);
      if (!p.ok) unplaced.push({ figure, reason: p.reason });
      else if (spansOverlap(p.span, range)) placed.push({ figure, span: p.span, start: p.start, end: p.end });
    }
    placed.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.figure.figureId - b.figure.figureId);
    return { series, placed, unplaced };
  });

  const allPlaced = perSeries.flatMap((s) => s.placed);
  const claimants = claimantStyles(
    allPlaced,
    perSeries.flatMap((s) => s.unplaced.map((u) => u.figure)),
  );
  const styles = new Map(claimants.map((c) => [c.key, c]));
  const xDomain = timeDomain(input.range, allPlaced.filter((p) => !repeats.has(p.figure.figureId)).map((p) => p.span));
  const xTicks = timeTicks(xDomain);
  const events = buildEvents(input.events, xDomain);
  const marks: ExplorerMarks = { lowerBound: false, upperBound: false, approximate: false, range: false, coarseDate: false, repeats: repeats.size > 0 };

  const ledgerLimit = Math.max(2, Math.min(LEDGER_LIMIT, Math.floor(LEDGER_BUDGET / Math.max(1, input.series.length))));
  const panels = perSeries.map(({ series, placed, unplaced }) => {
    const originals = placed.filter((p) => !repeats.has(p.figure.figureId));
    const byGroup = new Map<string, Placed[]>();
    for (const p of originals) {
      const key = p.figure.claimant.organization;
      const list = byGroup.get(key);
      if (list) list.push(p);
      else byGroup.set(key, [p]);
    }

    const built = new Map<number, BuiltPoint>();
    for (const [key, list] of byGroup) {
      // The index's 100 is the first figure that states a value: a bound ("more than 3,000") cannot be one.
      const baseline = list.find((p) => baselineProblem(p.figure) === null) ?? null;
      const label = styles.get(key)?.label;
      const problem =
        mode !== 'indexed'
          ? null
          : series.kind === 'change'
            ? CHANGE_KIND_REASON
            : baseline === null
              ? `not indexed (${label}): none of its figures in the range states a value that can be 100 (${[...new Set(list.map((p) => baselineProblem(p.figure)))].join('; ')})`
              : null;
      for (const p of list) {
        const point = toPoint(p, series, repeatedBy.get(p.figure.figureId) ?? []);
        if (mode !== 'indexed') {
          built.set(p.figure.figureId, { placed: p, point, reason: null, indexed: null });
          continue;
        }
        const comparable =
          !baseline || !holdsOverPeriod(series.kind) || Math.abs(periodLength(p) - periodLength(baseline)) <= 0.1 * periodLength(baseline);
        const indexed = problem || !baseline || !comparable ? null : indexPoint(point, p.figure, baseline, series);
        const reason = problem
          ? problem
          : !comparable
            ? 'not indexed: it covers a period of a different length than the figure indexed as 100'
            : indexed
              ? null
              : 'not indexed';
        built.set(p.figure.figureId, { placed: p, point: indexed?.point ?? null, reason, indexed: indexed ? (p === baseline ? '100 (the baseline)' : indexed.text) : 'not indexed' });
      }
    }

    const changes = mode === 'change' ? buildChanges(series, byGroup, styles) : [];
    for (const change of changes) {
      if (!change.change || !change.start || !change.end) continue;
      const a = built.get(change.start.figureId)?.point;
      const b = built.get(change.end.figureId)?.point;
      if (a) a.role = 'start';
      if (b) b.role = 'end';
    }

    const groups: PanelGroup[] = claimants
      .filter((c) => byGroup.has(c.key))
      .map((c) => ({
        ...c,
        points: (byGroup.get(c.key) ?? []).flatMap((p) => {
          const point = built.get(p.figure.figureId)?.point;
          return point ? [point] : [];
        }),
      }))
      .filter((g) => g.points.length > 0);

    for (const point of groups.flatMap((g) => g.points)) {
      marks.lowerBound ||= point.bound === 'lower';
      marks.upperBound ||= point.bound === 'upper';
      marks.approximate ||= point.qualifier === 'approx' || point.label.startsWith('~');
      marks.range ||= point.yError !== null;
      marks.coarseDate ||= point.xError !== null;
    }

    const notDrawnByReason = new Map<string, { id: string; text: string }[]>();
    const addNotDrawn = (reason: string, figure: FigureView) => {
      const list = notDrawnByReason.get(reason) ?? [];
      list.push({ id: String(figure.figureId), text: `${describeQuantity(figure, series.unit)}, ${describeSource(figure)}` });
      notDrawnByReason.set(reason, list);
    };
    for (const { figure, reason } of unplaced) {
      if (!repeats.has(figure.figureId)) addNotDrawn(reason, figure);
    }
    for (const b of built.values()) {
      if (!b.point && b.reason) addNotDrawn(b.reason, b.placed.figure);
    }
    const rank = (reason: string) => {
      const index = [NO_DATE_REASON, NO_END_DATE_REASON].indexOf(reason);
      return index < 0 ? 2 : index;
    };
    const notDrawn: NotDrawnGroup[] = [...notDrawnByReason.entries()]
      .sort((a, b) => rank(a[0]) - rank(b[0]))
      .map(([reason, list]) => ({ reason, figures: list }));

    const rows: TableRow[] = [];
    const inView = [...placed.map((p) => p.figure), ...unplaced.map((u) => u.figure)];
    const unplacedReasons = new Map(unplaced.map((u) => [u.figure, u.reason]));
    for (const figure of inView) {
      const style = styles.get(figure.claimant.organization) as ClaimantStyle;
      const originalId = repeats.get(figure.figureId);
      if (originalId !== undefined) {
        const original = byId.get(originalId) ?? null;
        rows.push({ figure, style, placement: 'not drawn: repeats an earlier report', drawn: false, indexed: null, repeatOf: original });
        continue;
      }
      const b = built.get(figure.figureId);
      const unplacedReason = unplacedReasons.get(figure);
      rows.push({
        figure,
        style,
        placement: b?.point ? placementText(b.placed.start, b.placed.end) : `not drawn: ${b?.reason ?? unplacedReason ?? NO_DATE_REASON}`,
        drawn: Boolean(b?.point),
        indexed: mode === 'indexed' ? (b?.indexed ?? null) : null,
        repeatOf: null,
      });
    }

    const segments: ChangeSegment[] = changes.flatMap((change) => {
      if (!change.change || !change.start || !change.end) return [];
      const a = built.get(change.start.figureId)?.point;
      const b = built.get(change.end.figureId)?.point;
      return a && b ? [{ key: change.key, colorIndex: change.style.colorIndex, from: { x: a.x, y: a.y }, to: { x: b.x, y: b.y } }] : [];
    });

    const axisLabel = mode === 'indexed' ? INDEX_AXIS_LABEL : series.unit;
    const ledger = groupCompetingEstimates(placed.map((p) => p.figure), series.kind, repeats);
    const notDrawnCount = notDrawn.reduce((n, g) => n + g.figures.length, 0);
    return {
      series,
      chart: {
        slug: series.slug,
        axisLabel,
        groups,
        xDomain,
        xTicks,
        yDomain: [0, 1] as [number, number],
        yTicks: [0, 1],
        events: panelEvents(events, series, xDomain),
        segments,
        baseline: mode === 'indexed' ? 100 : null,
        pointCount: groups.reduce((n, g) => n + g.points.length, 0),
        summary: summarise(series, axisLabel, groups, notDrawnCount, mode),
      },
      rows,
      notDrawn,
      figureCount: inView.length,
      sourceLine: sourceLine(inView),
      changes,
      ledger: ledger.slice(-ledgerLimit),
      ledgerHidden: Math.max(0, ledger.length - ledgerLimit),
      axisKey: axisKeyOf(series, mode),
    };
  });

  // Panels of one unit and kind of measure share a value scale, so their heights compare honestly.
  const axisValues = new Map<string, number[]>();
  for (const panel of panels) {
    const values = panel.chart.groups.flatMap((g) => g.points.flatMap((p) => (p.yError ? [p.y - p.yError[0], p.y + p.yError[1]] : [p.y])));
    if (panel.chart.baseline !== null) values.push(panel.chart.baseline);
    axisValues.set(panel.axisKey, [...(axisValues.get(panel.axisKey) ?? []), ...values]);
  }
  for (const panel of panels) {
    const axis = valueAxis(axisValues.get(panel.axisKey) ?? []);
    panel.chart.yDomain = axis.domain;
    panel.chart.yTicks = axis.ticks;
  }

  return { mode, panels, claimants, marks, events, xDomain };
}

/** The calendar years the figures are drawn in, for the range presets; a span of over ten years gives its ends. */
export function figureYears(series: Pick<SeriesView, 'slug' | 'kind'>[], figures: FigureView[]): number[] {
  const kinds = new Map(series.map((s) => [s.slug, s.kind]));
  const years = new Set<number>();
  for (const figure of figures) {
    const kind = kinds.get(figure.seriesSlug);
    if (!kind) continue;
    const placement = placeFigureSpan(figure, kind);
    if (!placement.ok) continue;
    const first = new Date(placement.span.start).getUTCFullYear();
    const last = new Date(placement.span.end).getUTCFullYear();
    for (const year of last - first > 10 ? [first, last] : Array.from({ length: last - first + 1 }, (_, i) => first + i)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
