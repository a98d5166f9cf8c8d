// The frame of /explore, from its URL: the view state (with a notice for every ignored value), the
// chosen series, the revision shown and where the browser reads the figures and events. Those come
// from /explore/figures (app/explore/figures/route.ts), so the page answers in the same few small
// queries whatever the number of series or figures.
import { formatPartialDate } from '@/lib/figures/period';
import type { SeriesView } from '@/lib/figures/types';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { resolveShownRevision, type ShownRevision } from '@/lib/share/shown-revision';
import { DEFAULT_VIEW_STATE, parseViewState, requestedSeries, viewStateHref, type RawParams, type ViewState } from '@/lib/view-state';

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
  /** Where the browser reads the view's figures (app/explore/figures/route.ts); null with no series or no data. */
  figuresHref: string | null;
  examples: { label: string; description: string; href: string }[];
  /** "Oct 2024 – Dec 2025", "from Oct 2024", "all dates". */
  rangeText: string;
}

function rangeText(state: ViewState): string {
  if (state.from && state.to) return `${formatPartialDate(state.from)} – ${formatPartialDate(state.to)}`;
  if (state.from) return `from ${formatPartialDate(state.from)}`;
  if (state.to) return `up to ${formatPartialDate(state.to)}`;
  return 'all dates';
}

export async function loadExplorer(params: RawParams): Promise<ExplorerView> {
  const requested = requestedSeries(params);
  const exampleSlugs = requested.length === 0 ? [...new Set(EXAMPLES.flatMap((e) => e.state.series))] : [];
  const found = await listSeriesBySlugs([...requested, ...exampleSlugs]);
  const bySlug = new Map(found.map((s) => [s.slug, s]));

  const parsed = parseViewState(params, new Set(requested.filter((slug) => bySlug.has(slug))));
  const series = parsed.state.series.flatMap((slug) => bySlug.get(slug) ?? []);
  const { revision: shown, notice } = await resolveShownRevision(parsed.state.rev);
  const state = shown?.pinned ? parsed.state : { ...parsed.state, rev: null };

  const figuresHref =
    series.length > 0 && shown
      ? viewStateHref('/explore/figures', { ...DEFAULT_VIEW_STATE, series: state.series, from: state.from, to: state.to, rev: shown.id })
      : null;
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
    figuresHref,
    examples,
    rangeText: rangeText(state),
  };
}
