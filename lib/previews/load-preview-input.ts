// The data behind each preview image, read with the pages' own loaders and parsers so that a preview
// shows exactly the view its page shows. An image URL carries the view's state plus the revision:
// `rev=` when the page pins it, or `at=` for an unpinned page, which records the revision that was
// latest when the page was rendered. Either way the image is drawn from that revision, so a cached
// preview never pairs a new chart with an old page, and the URL changes when the data does.
import { buildExplorerModel, onePanelView, type ExplorerMode } from '@/lib/figures/explorer-series';
import { describeRange } from '@/lib/figures/explorer-range';
import { SERIES_KIND_LABELS } from '@/lib/figures/series-kind';
import { MAX_CHART_FIGURES } from '@/lib/limits';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { loadHomeView } from '@/lib/share/home-view';
import { viewPermalink } from '@/lib/share/permalink';
import { parsePinnedRevision } from '@/lib/share/pinned-revision';
import { loadSeriesView } from '@/lib/share/series-view';
import { resolveShownRevision } from '@/lib/share/shown-revision';
import { parseViewState, requestedSeries, serializeViewState } from '@/lib/view-state';
import type { PreviewInput } from './preview-content';
import { explorerTitle, HOME_TITLE } from './titles';

const BRAND = 'Sourced Figures';

export interface PreviewRevisionParams {
  /** The revision the page pins. */
  rev: number | null;
  /** The revision that was latest when an unpinned page was rendered. */
  at: number | null;
}

/** rev= and at= of an image URL, each read by the one URL state parser. */
export function previewRevisionParams(params: URLSearchParams): PreviewRevisionParams {
  const rev = parsePinnedRevision(params).rev;
  const at = params.has('at') ? parsePinnedRevision(new URLSearchParams({ rev: params.get('at') ?? '' })).rev : null;
  return { rev, at };
}

export async function seriesPreviewInput(slug: string, params: URLSearchParams, origin: string): Promise<PreviewInput | null> {
  const { rev, at } = previewRevisionParams(params);
  const view = await loadSeriesView(slug, rev ?? at);
  if (!view) return null;
  const { series, figures, revision } = view;
  const pinned = rev !== null && revision?.pinned === true;
  const permalink = await viewPermalink({
    origin,
    path: `/series/${series.slug}`,
    query: pinned ? `rev=${revision.id}` : '',
    knownSeries: [series.slug],
    latestRevision: revision?.latest ?? null,
  });
  return {
    eyebrow: `${BRAND} · ${SERIES_KIND_LABELS[series.kind].label} · in ${series.unit}`,
    title: series.title,
    panels: [{ series, figures, chart: onePanelView(series, figures).panels[0].chart }],
    permalink,
    revision,
  };
}

export async function homePreviewInput(params: URLSearchParams, origin: string): Promise<PreviewInput> {
  const { rev, at } = previewRevisionParams(params);
  const view = await loadHomeView(rev ?? at);
  const pinned = rev !== null && view.revision?.pinned === true;
  const permalink = await viewPermalink({
    origin,
    path: '/',
    query: pinned && view.revision ? `rev=${view.revision.id}` : '',
    knownSeries: [],
    latestRevision: view.revision?.latest ?? null,
  });
  return {
    eyebrow: `${BRAND} · headline figures, each with its source`,
    title: HOME_TITLE,
    panels: view.headlines.map(({ series, figures }) => ({ series, figures, chart: onePanelView(series, figures).panels[0].chart })),
    permalink,
    revision: view.revision,
    emptyText: 'No figures have been imported yet.',
  };
}

const MODE_LABELS: Record<ExplorerMode, string> = { absolute: 'values as stated', change: 'change', indexed: 'index' };


export async function explorerPreviewInput(params: URLSearchParams, origin: string): Promise<PreviewInput> {
  const { at } = previewRevisionParams(params);
  const viewParams = new URLSearchParams(params);
  viewParams.delete('at');
  const found = await listSeriesBySlugs(requestedSeries(viewParams));
  const { state } = parseViewState(viewParams, new Set(found.map((s) => s.slug)));
  const resolved = await resolveShownRevision(state.rev ?? at);
  const revision = resolved.revision;
  const pinned = state.rev !== null && revision?.pinned === true;
  const bySlug = new Map(found.map((s) => [s.slug, s]));
  const series = state.series.flatMap((slug) => bySlug.get(slug) ?? []);
  const range = { from: state.from, to: state.to };
  const { figures } = await getExplorerData({
    series,
    range,
    asOfRevision: revision && (pinned || at !== null) ? revision.id : null,
    // A picture 1200 pixels wide draws no more than a series chart does.
    maxFigures: MAX_CHART_FIGURES,
  });
  const model = buildExplorerModel({ series, figures, events: [], range, mode: state.mode });
  const permalink = await viewPermalink({
    origin,
    path: '/explore',
    query: serializeViewState({ ...state, rev: pinned && revision ? revision.id : null }),
    knownSeries: series.map((s) => s.slug),
    latestRevision: revision?.latest ?? null,
  });
  return {
    eyebrow: `${BRAND} · ${describeRange(state)} · ${MODE_LABELS[state.mode]}`,
    title: explorerTitle(series.map((s) => s.title)),
    panels: model.panels.map((panel) => ({ series: panel.series, figures: panel.rows.map((row) => row.figure), chart: panel.chart })),
    permalink,
    revision,
    emptyText: 'Choose series to compare their figures over time, each with its source.',
  };
}
