// The one chart pipeline: what the explorer draws and tabulates, and what a series page draws (a
// one-panel explorer view over all dates, onePanelView), built apart from the drawing
// (components/charts/figure-chart.tsx only draws it). The explorer compares several series as small
// multiples: one panel per series, so figures of different units never share an axis. Panels of the
// same unit and the same kind of measure (at a date, or within a period) share one value scale;
// running totals and within-period counts never do, and nothing is ever summed or stacked.
//
// buildExplorerModel is a chain of small named steps, each exported and tested on its own: fold the
// repeats, place the figures in time, style the claimant bodies, take the time axis, group, build
// the points (indexed or not), the changes, the value axes shared by panels, and then each panel's
// chart, table and "not drawn" list. Claimant bodies keep one colour and marker across every panel,
// repeats of an earlier claim are folded into the first report, and every figure that is not drawn
// is listed with the reason.
import {
  CHART_COLOR_COUNT,
  MARKER_SHAPES,
  groupLabel,
  timeTicks,
  valueAxis,
  type ChangeSegment,
  type ChartGroup,
  type ChartMarks,
  type ChartModel,
  type ChartPoint,
  type ClaimantStyle,
  type NotDrawnGroup,
} from './chart-data';
import { buildEvents, panelEvents, type EventMark, type ExplorerEvent } from './chart-events';
import { comparablePeriods, indexBaseline, indexPoint, placementText, pointDate, toPoint, type Placed } from './chart-point';
import { computeChange, baselineProblem, type Change } from './explorer-change';
import { findRepeats, groupCompetingEstimates, type LedgerPeriod } from './explorer-ledger';
import { NO_DATE_REASON, NO_END_DATE_REASON, formatDate, holdsOverPeriod, placeFigureSpan, rangeSpan, spansOverlap, type DateRange, type Span } from './explorer-range';
import { formatPeriod } from './period';
import type { FigureView, SeriesView } from './types';
import { describeQuantity, describeSource, sourceLine } from './wording';

export type { ClaimantStyle } from './chart-data';
export type { EventMark, ExplorerEvent } from './chart-events';

export type ExplorerMode = 'absolute' | 'change' | 'indexed';

export interface ExplorerInput {
  /** The chosen series, in the order they were chosen. */
  series: SeriesView[];
  /** Their figures in the range, and those that cannot be placed in time. */
  figures: FigureView[];
  events: ExplorerEvent[];
  range: DateRange;
  mode: ExplorerMode;
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
  chart: ChartModel;
  rows: TableRow[];
  notDrawn: NotDrawnGroup[];
  /** Later reports that repeat an earlier claim: not drawn, and not counted as confirmations. */
  repeatCount: number;
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

const YEAR = 365.25 * 86_400_000;
export const INDEX_AXIS_LABEL = 'index: 100 = each source’s first stated value in the range';
/**
 * How many periods of competing estimates the ledger sets out: the latest 6 of a series, but no more
 * than about 36 on the page, so that 20 dense series still make a page a reader can take in. The rest
 * are counted, and the table view lists their figures.
 */
export const LEDGER_LIMIT = 6;
const LEDGER_BUDGET = 36;
export const CHANGE_KIND_REASON = 'not indexed: this series is itself a change in percent';
export const ALL_DATES: DateRange = { from: null, to: null };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface Repeats {
  /** From a repeat's figure id to the first report's. */
  of: Map<number, number>;
  /** From a first report's figure id to the outlets that repeated it. */
  repeatedBy: Map<number, string[]>;
}

/** Step: which figures only repeat an earlier report, and who repeated each first report. */
export function foldRepeats(figures: FigureView[]): Repeats {
  const of = findRepeats(figures);
  const byId = new Map(figures.map((f) => [f.figureId, f]));
  const repeatedBy = new Map<number, string[]>();
  for (const [repeatId, originalId] of of) pushTo(repeatedBy, originalId, byId.get(repeatId)?.publisher.name ?? '');
  return { of, repeatedBy };
}

export interface PlacedSeries {
  series: SeriesView;
  /** In the range, in time order. */
  placed: Placed[];
  unplaced: { figure: FigureView; reason: string }[];
}

/** Step: every figure of every series placed in time (one rule, placeFigureSpan), kept if in the range. */
export function placeSeries(series: SeriesView[], figures: FigureView[], range: Span): PlacedSeries[] {
  const bySeries = new Map<string, FigureView[]>();
  for (const figure of figures) pushTo(bySeries, figure.seriesSlug, figure);
  return series.map((s) => {
    const placed: Placed[] = [];
    const unplaced: PlacedSeries['unplaced'] = [];
    for (const figure of bySeries.get(s.slug) ?? []) {
      const p = placeFigureSpan(figure, s.kind);
      if (!p.ok) unplaced.push({ figure, reason: p.reason });
      else if (spansOverlap(p.span, range)) placed.push({ figure, span: p.span, start: p.start, end: p.end });
    }
    placed.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.figure.figureId - b.figure.figureId);
    return { series: s, placed, unplaced };
  });
}

/** Step: the styles of every claimant body in view, in the order their first figure appears. */
export function claimantStyles(perSeries: PlacedSeries[]): ClaimantStyle[] {
  const first = new Map<string, number>();
  for (const { placed, unplaced } of perSeries) {
    for (const p of placed) {
      const key = p.figure.claimant.organization;
      first.set(key, Math.min(first.get(key) ?? Infinity, p.span.start));
    }
    for (const { figure } of unplaced) {
      if (!first.has(figure.claimant.organization)) first.set(figure.claimant.organization, Infinity);
    }
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

/** Step: the shared time axis, the chosen range, or the figures' extent with a margin when a side is open. */
export function timeDomain(range: DateRange, spans: Span[], now = Date.now()): [number, number] {
  const chosen = rangeSpan(range);
  const dataStart = spans.length > 0 ? spans.reduce((min, s) => Math.min(min, s.start), Infinity) : now - YEAR;
  const dataEnd = spans.length > 0 ? spans.reduce((max, s) => Math.max(max, s.end), -Infinity) : now;
  const fixedStart = Number.isFinite(chosen.start);
  const fixedEnd = Number.isFinite(chosen.end);
  let start = fixedStart ? chosen.start : dataStart;
  let end = fixedEnd ? chosen.end : dataEnd;
  // A single figure, or several close together, still gets a readable stretch of time around it.
  if (end - start < YEAR && !(fixedStart && fixedEnd)) {
    const middle = (start + end) / 2;
    start = fixedStart ? start : Math.min(start, middle - YEAR / 2);
    end = fixedEnd ? end : Math.max(end, middle + YEAR / 2);
  }
  const padding = (end - start) * 0.03;
  return [Math.round(fixedStart ? start : start - padding), Math.round(fixedEnd ? end : end + padding)];
}

/** Step: the figures that are not repeats, by claimant body, each group in time order. */
export function groupByClaimant(placed: Placed[], repeats: Repeats): Map<string, Placed[]> {
  const byGroup = new Map<string, Placed[]>();
  for (const p of placed) {
    if (!repeats.of.has(p.figure.figureId)) pushTo(byGroup, p.figure.claimant.organization, p);
  }
  return byGroup;
}

function changeRow(series: SeriesView, key: string, list: Placed[], style: ClaimantStyle): ChangeRow {
  const start = list[0];
  const end = list[list.length - 1];
  const two = list.length > 1;
  const row: ChangeRow = {
    key,
    style,
    start: start.figure,
    end: two ? end.figure : null,
    startDate: formatDate(start.end),
    endDate: two ? formatDate(end.end) : null,
    change: null,
    reason: null,
    note: null,
  };
  if (series.kind === 'change') return { ...row, reason: 'this series is itself a change in percent; its figures are shown as given' };
  if (!two) return { ...row, reason: 'only one figure from this source in the range' };
  if (!comparablePeriods(series.kind, start, end)) {
    const periods = [start, end].map((p) => formatPeriod(p.figure.periodStart, p.figure.periodEnd, series.kind));
    return { ...row, reason: `the two figures cover periods of different length (${periods.join('; ')})` };
  }
  const change = computeChange(start.figure, end.figure);
  const falls = series.kind === 'cumulative' && change.absolute.high !== null && change.absolute.high < 0;
  return { ...row, change, note: falls ? 'A running total cannot fall: the later figure revises the earlier one downwards.' : null };
}

/** Step (change mode): the change within each claimant body's own figures, first to last in the range. */
export function buildChanges(series: SeriesView, byGroup: Map<string, Placed[]>, styles: Map<string, ClaimantStyle>): ChangeRow[] {
  return [...byGroup.entries()].map(([key, list]) => changeRow(series, key, list, styles.get(key) as ClaimantStyle));
}

export interface BuiltPoint {
  placed: Placed;
  point: ChartPoint | null;
  /** Set when the point cannot be drawn in this mode. */
  reason: string | null;
  /** In indexed mode, what the table says: "about 243", "100 (the baseline)", "not indexed". */
  indexed: string | null;
}

function indexProblem(series: SeriesView, list: Placed[], baseline: Placed | null, label: string): string | null {
  if (series.kind === 'change') return CHANGE_KIND_REASON;
  if (baseline !== null) return null;
  const problems = [...new Set(list.map((p) => baselineProblem(p.figure)))].join('; ');
  return `not indexed (${label}): none of its figures in the range states a value that can be 100 (${problems})`;
}

/** One claimant body's points in indexed mode: each against the body's first stated value. */
function indexGroup(series: SeriesView, list: Placed[], label: string, repeats: Repeats): BuiltPoint[] {
  const baseline = indexBaseline(list);
  const problem = indexProblem(series, list, baseline, label);
  return list.map((p) => {
    if (problem || !baseline) return { placed: p, point: null, reason: problem, indexed: 'not indexed' };
    if (!comparablePeriods(series.kind, baseline, p)) {
      return { placed: p, point: null, reason: 'not indexed: it covers a period of a different length than the figure indexed as 100', indexed: 'not indexed' };
    }
    const indexed = indexPoint(toPoint(p, series, repeats.repeatedBy.get(p.figure.figureId)), p.figure, baseline, series);
    if (!indexed) return { placed: p, point: null, reason: 'not indexed', indexed: 'not indexed' };
    return { placed: p, point: indexed.point, reason: null, indexed: p === baseline ? '100 (the baseline)' : indexed.text };
  });
}

/** Step: every figure of a panel as a point, or with the reason it cannot be one in this mode. */
export function buildPoints(series: SeriesView, byGroup: Map<string, Placed[]>, mode: ExplorerMode, styles: Map<string, ClaimantStyle>, repeats: Repeats): Map<number, BuiltPoint> {
  const built = new Map<number, BuiltPoint>();
  for (const [key, list] of byGroup) {
    const points: BuiltPoint[] =
      mode === 'indexed'
        ? indexGroup(series, list, styles.get(key)?.label ?? groupLabel(key), repeats)
        : list.map((p) => ({ placed: p, point: toPoint(p, series, repeats.repeatedBy.get(p.figure.figureId)), reason: null, indexed: null }));
    for (const b of points) built.set(b.placed.figure.figureId, b);
  }
  return built;
}

/** Step: the drawn points by claimant body, in the order of the view's claimants. */
export function panelGroups(claimants: ClaimantStyle[], byGroup: Map<string, Placed[]>, built: Map<number, BuiltPoint>): ChartGroup[] {
  return claimants
    .map((c) => ({ ...c, points: (byGroup.get(c.key) ?? []).flatMap((p) => built.get(p.figure.figureId)?.point ?? []) }))
    .filter((g) => g.points.length > 0);
}

/** Step (change mode): a dashed line from the first to the last figure of each body's change. */
export function changeSegments(changes: ChangeRow[], built: Map<number, BuiltPoint>): ChangeSegment[] {
  return changes.flatMap((row) => {
    if (!row.change || !row.start || !row.end) return [];
    const a = built.get(row.start.figureId)?.point;
    const b = built.get(row.end.figureId)?.point;
    return a && b ? [{ key: row.key, colorIndex: row.style.colorIndex, from: { x: a.x, y: a.y }, to: { x: b.x, y: b.y } }] : [];
  });
}

/** Step: which marks the drawn points use, so that the legend explains only those. */
export function chartMarks(built: Iterable<BuiltPoint>): ChartMarks {
  const marks: ChartMarks = { lowerBound: false, upperBound: false, approximate: false, range: false, coarseDate: false };
  for (const { placed, point } of built) {
    if (!point) continue;
    marks.lowerBound ||= point.bound === 'lower';
    marks.upperBound ||= point.bound === 'upper';
    marks.approximate ||= placed.figure.qualifier === 'approx' || point.label.startsWith('~');
    marks.range ||= point.yError !== null;
    marks.coarseDate ||= point.xError !== null;
  }
  return marks;
}

/** Step: what a panel cannot draw, by reason: undated figures first, then those its mode cannot draw. */
export function notDrawnGroups(series: SeriesView, unplaced: PlacedSeries['unplaced'], built: Map<number, BuiltPoint>, repeats: Repeats): NotDrawnGroup[] {
  const byReason = new Map<string, { id: string; text: string }[]>();
  const add = (reason: string, figure: FigureView) =>
    pushTo(byReason, reason, { id: String(figure.figureId), text: `${describeQuantity(figure, series.unit)}, ${describeSource(figure)}` });
  for (const { figure, reason } of unplaced) {
    if (!repeats.of.has(figure.figureId)) add(reason, figure);
  }
  for (const b of built.values()) {
    if (!b.point && b.reason) add(b.reason, b.placed.figure);
  }
  const rank = (reason: string) => {
    const index = [NO_DATE_REASON, NO_END_DATE_REASON].indexOf(reason);
    return index < 0 ? 2 : index;
  };
  return [...byReason.entries()].sort((a, b) => rank(a[0]) - rank(b[0])).map(([reason, figures]) => ({ reason, figures }));
}

/** Step: one table row per figure in view, drawn or not, repeats included. */
export function tableRows(placedSeries: PlacedSeries, built: Map<number, BuiltPoint>, styles: Map<string, ClaimantStyle>, repeats: Repeats, mode: ExplorerMode): TableRow[] {
  const { placed, unplaced } = placedSeries;
  const byId = new Map([...placed.map((p) => p.figure), ...unplaced.map((u) => u.figure)].map((f) => [f.figureId, f]));
  const unplacedReasons = new Map(unplaced.map((u) => [u.figure.figureId, u.reason]));
  return [...byId.values()].map((figure): TableRow => {
    const style = styles.get(figure.claimant.organization) as ClaimantStyle;
    const originalId = repeats.of.get(figure.figureId);
    if (originalId !== undefined) {
      return { figure, style, placement: 'not drawn: repeats an earlier report', drawn: false, indexed: null, repeatOf: byId.get(originalId) ?? null };
    }
    const b = built.get(figure.figureId);
    return {
      figure,
      style,
      placement: b?.point ? placementText(b.placed.start, b.placed.end) : `not drawn: ${b?.reason ?? unplacedReasons.get(figure.figureId) ?? NO_DATE_REASON}`,
      drawn: Boolean(b?.point),
      indexed: mode === 'indexed' ? (b?.indexed ?? null) : null,
      repeatOf: null,
    };
  });
}

/** Step: the chart's accessible name, what it shows in a few sentences. */
export function summarise(series: SeriesView, mode: ExplorerMode, groups: ChartGroup[], built: Map<number, BuiltPoint>, notDrawnCount: number): string {
  const parts = [`Chart of ${series.title}, ${mode === 'indexed' ? `as an ${INDEX_AXIS_LABEL}` : `in ${series.unit}`}.`];
  const drawn = [...built.values()].flatMap((b) => (b.point ? [{ point: b.point, date: pointDate(b.placed) }] : [])).sort((a, b) => a.point.x - b.point.x);
  if (drawn.length === 0) {
    parts.push('No figure is drawn in this range.');
  } else {
    const first = drawn[0].date;
    const latest = drawn[drawn.length - 1];
    const span = first === latest.date ? `at ${first}` : `from ${first} to ${latest.date}`;
    parts.push(`${plural(drawn.length, 'figure')} drawn ${span}, from ${plural(groups.length, 'source')}: ${groups.map((g) => g.label).join('; ')}.`);
    const { tooltip, indexText } = latest.point;
    parts.push(`Latest: ${indexText ?? tooltip.value}, ${tooltip.period}, per ${tooltip.claimant}.`);
  }
  if (notDrawnCount > 0) parts.push(`${plural(notDrawnCount, 'figure')} not drawn, listed below the chart.`);
  return parts.join(' ');
}

function axisKeyOf(series: SeriesView, mode: ExplorerMode): string {
  if (mode === 'indexed') return 'index';
  return `${series.unit}|${holdsOverPeriod(series.kind) ? 'within a period' : 'at a date'}`;
}

/** A panel's points, changes and table inputs, before its value axis (shared with like panels) is known. */
interface PanelDraft {
  placedSeries: PlacedSeries;
  built: Map<number, BuiltPoint>;
  groups: ChartGroup[];
  changes: ChangeRow[];
  axisKey: string;
  /** What the value axis must reach: every point, its stated range, and the baseline. */
  values: number[];
}

interface ViewContext {
  mode: ExplorerMode;
  claimants: ClaimantStyle[];
  styles: Map<string, ClaimantStyle>;
  repeats: Repeats;
}

function draftPanel(placedSeries: PlacedSeries, view: ViewContext): PanelDraft {
  const { series } = placedSeries;
  const byGroup = groupByClaimant(placedSeries.placed, view.repeats);
  const built = buildPoints(series, byGroup, view.mode, view.styles, view.repeats);
  const groups = panelGroups(view.claimants, byGroup, built);
  const values = groups.flatMap((g) => g.points.flatMap((p) => (p.yError ? [p.y - p.yError[0], p.y + p.yError[1]] : [p.y])));
  return {
    placedSeries,
    built,
    groups,
    changes: view.mode === 'change' ? buildChanges(series, byGroup, view.styles) : [],
    axisKey: axisKeyOf(series, view.mode),
    values: view.mode === 'indexed' ? [...values, 100] : values,
  };
}

/** Step: one value axis per axis key, over the values of every panel that shares it. */
export function sharedValueAxes(drafts: Pick<PanelDraft, 'axisKey' | 'values'>[]): Map<string, ReturnType<typeof valueAxis>> {
  const values = new Map<string, number[]>();
  for (const draft of drafts) {
    const list = values.get(draft.axisKey) ?? [];
    for (const value of draft.values) list.push(value);
    values.set(draft.axisKey, list);
  }
  return new Map([...values].map(([key, list]) => [key, valueAxis(list)]));
}

interface TimeContext {
  xDomain: [number, number];
  xTicks: number[];
  events: EventMark[];
  ledgerLimit: number;
}

function finishPanel(draft: PanelDraft, axis: ReturnType<typeof valueAxis>, view: ViewContext, time: TimeContext): ExplorerPanel {
  const { placedSeries, built, groups, changes } = draft;
  const { series, placed, unplaced } = placedSeries;
  const notDrawn = notDrawnGroups(series, unplaced, built, view.repeats);
  const rows = tableRows(placedSeries, built, view.styles, view.repeats, view.mode);
  const ledger = groupCompetingEstimates(placed.map((p) => p.figure), series.kind, view.repeats.of);
  const chart: ChartModel = {
    axisLabel: view.mode === 'indexed' ? INDEX_AXIS_LABEL : series.unit,
    groups,
    xDomain: time.xDomain,
    xTicks: time.xTicks,
    yDomain: axis.domain,
    yTicks: axis.ticks,
    events: panelEvents(time.events, series, time.xDomain),
    segments: changeSegments(changes, built),
    baseline: view.mode === 'indexed' ? 100 : null,
    pointCount: groups.reduce((n, g) => n + g.points.length, 0),
    summary: summarise(series, view.mode, groups, built, notDrawn.reduce((n, g) => n + g.figures.length, 0)),
  };
  return {
    series,
    chart,
    rows,
    notDrawn,
    repeatCount: rows.filter((row) => row.repeatOf !== null).length,
    figureCount: rows.length,
    sourceLine: sourceLine(rows.map((row) => row.figure)),
    changes,
    ledger: ledger.slice(-time.ledgerLimit),
    ledgerHidden: Math.max(0, ledger.length - time.ledgerLimit),
    axisKey: draft.axisKey,
  };
}

export function buildExplorerModel(input: ExplorerInput): ExplorerModel {
  const { mode } = input;
  const repeats = foldRepeats(input.figures);
  const perSeries = placeSeries(input.series, input.figures, rangeSpan(input.range));
  const claimants = claimantStyles(perSeries);
  const view: ViewContext = { mode, claimants, styles: new Map(claimants.map((c) => [c.key, c])), repeats };
  const originals = perSeries.flatMap((s) => s.placed).filter((p) => !repeats.of.has(p.figure.figureId));
  const xDomain = timeDomain(input.range, originals.map((p) => p.span));
  const events = buildEvents(input.events, xDomain);
  const ledgerLimit = Math.max(2, Math.min(LEDGER_LIMIT, Math.floor(LEDGER_BUDGET / Math.max(1, input.series.length))));
  const time: TimeContext = { xDomain, xTicks: timeTicks(xDomain), events, ledgerLimit };
  const drafts = perSeries.map((s) => draftPanel(s, view));
  const axes = sharedValueAxes(drafts);
  return {
    mode,
    panels: drafts.map((draft) => finishPanel(draft, axes.get(draft.axisKey) ?? valueAxis([]), view, time)),
    claimants,
    marks: { ...chartMarks(drafts.flatMap((d) => [...d.built.values()])), repeats: repeats.of.size > 0 },
    events,
    xDomain,
  };
}

/**
 * A series page's chart (and its embed's and its preview's): a one-panel explorer view of the series
 * over all its dates, so that every figure sits where the explorer draws it.
 */
export const onePanelView = (series: SeriesView, figures: FigureView[]): ExplorerModel =>
  buildExplorerModel({ series: [series], figures, events: [], range: ALL_DATES, mode: 'absolute' });

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
