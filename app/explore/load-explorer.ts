// Everything /explore shows, from its URL: the view state (with a notice for every ignored value),
// the chosen series, their figures and events, and the model the charts and tables draw. A fixed
// number of queries whatever the URL: one to learn which requested series exist, then the figures of
// all of them in one statement, beside the events and (for a pinned view) the revision.
import { rangePresets, type RangePreset } from '@/lib/figures/explorer-range';
import { buildExplorerModel, type ExplorerModel } from '@/lib/figures/explorer-series';
import { formatPartialDate } from '@/lib/figures/period';
import type { SeriesView } from '@/lib/figures/types';
import { getDatasetRevision, type DatasetRevisionView } from '@/lib/queries/get-dataset-revision';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listEvents } from '@/lib/queries/list-events';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
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

const MAX_REVISION = 2_147_483_647;

export interface ExplorerView {
  state: ViewState;
  notices: string[];
  series: SeriesView[];
  model: ExplorerModel;
  revision: DatasetRevisionView | null;
  presets: { label: string; href: string; current: boolean }[];
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

function samePreset(preset: RangePreset, state: ViewState): boolean {
  const same = (a: ViewState['from'], b: ViewState['from']) => (a === null ? b === null : b !== null && a.date === b.date && a.precision === b.precision);
  return same(preset.from, state.from) && same(preset.to, state.to);
}

export async function loadExplorer(params: RawParams, today = new Date()): Promise<ExplorerView> {
  const requested = requestedSeries(params);
  const exampleSlugs = requested.length === 0 ? [...new Set(EXAMPLES.flatMap((e) => e.state.series))] : [];
  const found = await listSeriesBySlugs([...requested, ...exampleSlugs]);
  const bySlug = new Map(found.map((s) => [s.slug, s]));

  const parsed = parseViewState(params, new Set(requested.filter((slug) => bySlug.has(slug))));
  let state = parsed.state;
  const notices = [...parsed.notices];
  if (state.rev !== null && state.rev > MAX_REVISION) {
    notices.push(`Ignored rev="${state.rev}": there is no such dataset revision; showing the latest figures.`);
    state = { ...state, rev: null };
  }

  const series = state.series.flatMap((slug) => bySlug.get(slug) ?? []);
  const range = { from: state.from, to: state.to };
  const topics = [...new Set(series.map((s) => s.topic))];
  const load = (asOfRevision: number | null) =>
    Promise.all([
      getExplorerData({ seriesIds: series.map((s) => s.id), range, asOfRevision }),
      listEvents({ topics, range, asOfRevision }),
    ]);
  let [[figures, events], revision] = await Promise.all([load(state.rev), state.rev === null ? null : getDatasetRevision(state.rev)]);
  if (state.rev !== null && revision === null) {
    notices.push(`Ignored rev="${state.rev}": there is no dataset revision ${state.rev}; showing the latest figures.`);
    state = { ...state, rev: null };
    [figures, events] = await load(null);
    revision = null;
  }

  const model = buildExplorerModel({ series, figures, events, range, mode: state.mode });
  const year = today.getUTCFullYear();
  const presetYears = [...model.years, year - 3, year - 2, year - 1, year].filter((y) => y >= year - 6 && y <= year);
  const presets = rangePresets(today, presetYears).map((preset) => ({
    label: preset.label,
    href: viewStateHref('/explore', { ...state, from: preset.from, to: preset.to }),
    current: samePreset(preset, state),
  }));
  const examples = EXAMPLES.filter((e) => e.state.series.every((slug) => bySlug.has(slug))).map((e) => ({
    label: e.label,
    description: e.description,
    href: viewStateHref('/explore', { ...state, series: [...e.state.series], from: e.state.from, to: null }),
  }));

  return { state, notices, series, model, revision, presets, examples, rangeText: rangeText(state) };
}
