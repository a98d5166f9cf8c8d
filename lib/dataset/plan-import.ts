// What importing files does to the current state: which series, figures and events each row creates,
// corrects or leaves unchanged, and which figures a complete file retires. Pure: the importer reads
// the state under the write lock, plans, and applies (lib/importer/import-files.ts).
//
// Two modes. "update" makes the files the truth for what they name: a changed row becomes a new
// version. "add-only" adds what the database lacks and never touches what it has, whatever the files
// say about it: the seed sync, which must not undo an editor's correction of a seed figure.
import type { EventDraft } from './event-input';
import type { FigureDraft } from './figure-input';
import { diffEventContent, diffSeriesContent } from './content';
import { figureContentHash } from './figure-key';
import { after, emptyPlan, type WritePlan } from './plan';
import type { SeriesDraft } from './series-input';
import { resolveNames, type EventState, type FigureState, type NameAliases, type SeriesState } from './state';

export interface ImportRows {
  series: (SeriesDraft & { rowNumber: number })[];
  figures: { rowNumber: number; key: string; figure: FigureDraft }[];
  events: (EventDraft & { rowNumber: number })[];
}

export interface ImportState {
  /** Series by slug: at least those the files name. */
  series: Map<string, SeriesState>;
  /** Figures by natural key: those the rows name, and (to retire missing ones) every current figure of their series. */
  figures: Map<string, FigureState>;
  events: Map<string, EventState>;
  aliases: NameAliases;
  /** Whether a headline list was ever set (even to nothing). */
  headlinesSet: boolean;
}

export interface ImportPlanOptions {
  mode: 'update' | 'add-only';
  /** Treat the figures file as complete for its series: their current figures absent from it are retired. */
  retireMissing?: boolean;
  /** The headline series to set if no list was ever set (the seed's). */
  defaultHeadlines?: string[];
}

export interface ImportSummary {
  seriesCreated: number;
  seriesUpdated: number;
  figuresCreated: number;
  figuresCorrected: number;
  figuresUnchanged: number;
  figuresRetired: number;
  eventsWritten: number;
}

export interface PlanIssue {
  file: 'series' | 'figures' | 'events';
  row: number;
  column: string;
  message: string;
}

export interface ImportPlan {
  plan: WritePlan;
  summary: ImportSummary;
  /** Rows the state makes impossible (a unit that would change, a series that is unknown or retired). */
  issues: PlanIssue[];
}

function planSeries(rows: ImportRows['series'], state: ImportState, options: ImportPlanOptions, result: ImportPlan): void {
  for (const row of rows) {
    const { rowNumber, slug, unit, kind, ...content } = row;
    const current = state.series.get(slug);
    if (!current) {
      result.plan.series.push({ series: { slug, unit, kind }, replaces: null, change: 'created', content });
      result.summary.seriesCreated += 1;
      continue;
    }
    if (options.mode === 'add-only') continue;
    if (current.retiredRev !== null) {
      result.issues.push({ file: 'series', row: rowNumber, column: 'slug', message: `series "${slug}" was retired in revision ${current.retiredRev}; use a new slug` });
    } else if (current.unit !== unit || current.kind !== kind) {
      result.issues.push({
        file: 'series',
        row: rowNumber,
        column: current.unit !== unit ? 'unit' : 'kind',
        message: `series "${slug}" already exists with unit "${current.unit}" and kind "${current.kind}"; changing them would change the meaning of its figures, so create a new series instead`,
      });
    } else if (diffSeriesContent(current.content, content).length > 0) {
      result.plan.series.push({ series: { id: current.id }, ...after(current), change: 'corrected', content });
      result.summary.seriesUpdated += 1;
    }
  }
}

function planFigures(rows: ImportRows['figures'], state: ImportState, options: ImportPlanOptions, result: ImportPlan): void {
  const created = new Set(result.plan.series.flatMap((write) => ('slug' in write.series ? [write.series.slug] : [])));
  for (const { rowNumber, key, figure } of rows) {
    const series = state.series.get(figure.seriesSlug);
    if (!created.has(figure.seriesSlug) && (!series || series.retiredRev !== null)) {
      result.issues.push({
        file: 'figures',
        row: rowNumber,
        column: 'series',
        message: series
          ? `"${figure.seriesSlug}" was retired in revision ${series.retiredRev}; its figures cannot change`
          : `"${figure.seriesSlug}" is not a known series; add it to the series file first`,
      });
      continue;
    }
    const { seriesSlug } = figure;
    // The draft is the content (and its series): no copy of 100,000 of them.
    const content = resolveNames(figure, state.aliases);
    const current = state.figures.get(key);
    if (!current) {
      result.plan.figures.push({ figure: { key, seriesSlug }, replaces: null, change: 'created', content, contentHash: figureContentHash(content) });
      result.summary.figuresCreated += 1;
      continue;
    }
    const contentHash = figureContentHash(content);
    if (options.mode === 'add-only' || (!current.retired && current.contentHash === contentHash)) {
      result.summary.figuresUnchanged += 1;
      continue;
    }
    // A retired figure named again comes back, as a correction.
    result.plan.figures.push({ figure: { id: current.figureId, seriesId: current.seriesId }, ...after(current), change: 'corrected', content, contentHash });
    result.summary.figuresCorrected += 1;
  }
}

function planRetirements(rows: ImportRows['figures'], state: ImportState, result: ImportPlan): void {
  const slugs = new Set(rows.map((row) => row.figure.seriesSlug));
  const named = new Set(rows.map((row) => row.key));
  for (const figure of state.figures.values()) {
    if (figure.retired || named.has(figure.key) || !slugs.has(figure.seriesSlug)) continue;
    if (!figure.content) throw new Error(`the state of figure ${figure.figureId} was read without its content, which retiring it needs`);
    result.plan.figures.push({
      figure: { id: figure.figureId, seriesId: figure.seriesId },
      ...after(figure),
      change: 'retired',
      content: figure.content,
      contentHash: figure.contentHash,
    });
    result.summary.figuresRetired += 1;
  }
}

function planEvents(rows: ImportRows['events'], state: ImportState, options: ImportPlanOptions, result: ImportPlan): void {
  for (const row of rows) {
    const { slug, date, title, description, topics, source, url } = row;
    const content = { date, title, description, topics, source, url };
    const current = state.events.get(slug);
    if (!current) {
      result.plan.events.push({ event: { slug }, replaces: null, change: 'created', content });
    } else if (options.mode === 'update' && (current.retired || diffEventContent(current.content, content).length > 0)) {
      result.plan.events.push({ event: { id: current.id }, ...after(current), change: 'corrected', content });
    } else {
      continue;
    }
    result.summary.eventsWritten += 1;
  }
}

export function planImport(rows: ImportRows, state: ImportState, options: ImportPlanOptions): ImportPlan {
  const result: ImportPlan = {
    plan: emptyPlan(),
    summary: { seriesCreated: 0, seriesUpdated: 0, figuresCreated: 0, figuresCorrected: 0, figuresUnchanged: 0, figuresRetired: 0, eventsWritten: 0 },
    issues: [],
  };
  planSeries(rows.series, state, options, result);
  planFigures(rows.figures, state, options, result);
  if (options.retireMissing && options.mode === 'update') planRetirements(rows.figures, state, result);
  planEvents(rows.events, state, options, result);
  if (options.defaultHeadlines && !state.headlinesSet) {
    const known = (slug: string) => state.series.has(slug) || rows.series.some((s) => s.slug === slug);
    const headlines = options.defaultHeadlines.filter(known);
    if (headlines.length > 0) result.plan.headlines = headlines;
  }
  return result;
}
