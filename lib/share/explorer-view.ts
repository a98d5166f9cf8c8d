// One view of /explore, from its URL, for the page, its metadata and its embed alike: the view state
// (with a notice for every ignored value), the chosen series, the revision shown, and the figures and
// events in view as of that revision, so that the server draws the first view whole (its charts are
// in the HTML, readable without scripts). Wrapped in React's cache, so the page and its
// generateMetadata share one read.
import { cache } from 'react';
import { describeRange } from '@/lib/figures/explorer-range';
import type { ExplorerEvent } from '@/lib/figures/explorer-series';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { MAX_DRAWN_PER_VIEW, type Truncation } from '@/lib/limits';
import { countChangedSince } from '@/lib/queries/count-changed-since';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listEvents } from '@/lib/queries/list-events';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { resolveShownRevision, type ShownRevision } from './shown-revision';
import { parseViewState, requestedSeries, viewStateHref, type RawParams, type ViewState } from '@/lib/view-state';

/** Comparisons offered on the empty explorer; those whose series are missing are not offered. */
const EXAMPLES = [
  {
    label: 'Troops sent and their casualties',
    description: 'Running totals from Seoul, Kyiv and Washington since the first deployment',
    state: { series: ['troops-deployed', 'troop-casualties'], from: { date: '2024-10-01', precision: 'month' } },
  },
  {
    label: 'Shells sent: Seoul’s and Kyiv’s estimates',
    description: 'Competing running totals, with their ranges and bounds',
    state: { series: ['shells-delivered'], from: null },
  },
  {
    label: 'Troops planned and troops sent',
    description: 'A decision reported in October 2024 against later counts',
    state: { series: ['troops-planned', 'troops-deployed'], from: { date: '2024-09-01', precision: 'month' } },
  },
  {
    label: 'Ukrainian children deported and brought back',
    description: 'Confirmed cases, estimates and returns, by source',
    state: { series: ['children-deported', 'children-returned'], from: null },
  },
] as const;

export interface ExplorerView {
  state: ViewState;
  notices: string[];
  series: SeriesView[];
  /** The revision the figures are as of: the pinned one, or the latest; null before the first import. */
  shown: ShownRevision | null;
  /** For a pinned link, how many figures of the chosen series differ in the latest data. */
  changedSince: number | null;
  /** The figures of the chosen series in the range, as of the revision shown: the latest of each series up to the limit of one view. */
  figures: FigureView[];
  /** The series with more figures in the range than one view reads, for the page to say so. */
  truncated: Truncation[];
  /** Events of the chosen series' topics in the range. */
  events: ExplorerEvent[];
  examples: { label: string; description: string; href: string }[];
  /** "Oct 2024 – Dec 2025", "from Oct 2024", "all dates". */
  rangeText: string;
}


async function load(query: string): Promise<ExplorerView> {
  const params = new URLSearchParams(query);
  const requested = requestedSeries(params);
  const exampleSlugs = requested.length === 0 ? [...new Set(EXAMPLES.flatMap((e) => e.state.series))] : [];
  // The revision a link pins is read apart from the rest, so it can be looked up beside the series.
  const pinnedRev = parseViewState(params, new Set()).state.rev;
  const [found, { revision: shown, notice }] = await Promise.all([
    listSeriesBySlugs([...requested, ...exampleSlugs]),
    resolveShownRevision(pinnedRev),
  ]);
  const bySlug = new Map(found.map((s) => [s.slug, s]));

  const parsed = parseViewState(params, new Set(requested.filter((slug) => bySlug.has(slug))));
  const series = parsed.state.series.flatMap((slug) => bySlug.get(slug) ?? []);
  const state = shown?.pinned ? parsed.state : { ...parsed.state, rev: null };
  const range = { from: state.from, to: state.to };
  const [changedSince, { figures, truncated }, events] = await Promise.all([
    shown?.pinned ? countChangedSince({ seriesSlugs: state.series, rev: shown.id }) : null,
    series.length > 0 && shown ? getExplorerData({ series, range, asOfRevision: shown.id, maxFigures: MAX_DRAWN_PER_VIEW }) : { figures: [], truncated: [] },
    series.length > 0 && shown ? listEvents({ topics: [...new Set(series.map((s) => s.topic))], range, asOfRevision: shown.id }) : [],
  ]);
  const examples = EXAMPLES.filter((e) => e.state.series.every((slug) => bySlug.has(slug))).map((e) => ({
    label: e.label,
    description: e.description,
    href: viewStateHref('/explore', { ...state, series: [...e.state.series], from: e.state.from, to: null }),
  }));

  return {
    state,
    notices: notice ? [...parsed.notices, notice] : parsed.notices,
    series,
    shown,
    changedSince,
    figures,
    truncated,
    events,
    examples,
    rangeText: describeRange(state),
  };
}

/** The query string of a page's search params, the key the view is remembered by for one request. */
function queryOf(params: RawParams): string {
  if (params instanceof URLSearchParams) return params.toString();
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, item);
  }
  return query.toString();
}

const loadCached = cache(load);

/** The explorer's view for a page's search params; the page, its metadata and its embed share one read per request. */
export function loadExplorerView(params: RawParams): Promise<ExplorerView> {
  return loadCached(queryOf(params));
}
