// What the explorer page passes to the share toolbar (components/share/share-toolbar.tsx), from the
// view its loader built: the state as its query string, the revision the figures are as of (the
// pinned one, or the latest), the title, the source line of every figure in view, the embed and the
// CSV of exactly the figures in view (the API's export of the same state).
import type { ShareToolbarProps } from '@/components/share/share-toolbar';
import type { ExplorerModel } from '@/lib/figures/explorer-series';
import type { SeriesView } from '@/lib/figures/types';
import { sourceLine } from '@/lib/figures/wording';
import { explorerTitle } from '@/lib/previews/titles';
import type { DatasetRevisionView } from '@/lib/queries/get-dataset-revision';
import { serializeViewState, type ViewState } from '@/lib/view-state';
import { resolveShownRevision } from './shown-revision';

export interface ExplorerShareInput {
  state: ViewState;
  series: SeriesView[];
  model: ExplorerModel;
  /** The pinned revision, when the link pins one that exists. */
  revision: DatasetRevisionView | null;
}

export async function explorerShareProps({ state, series, model, revision }: ExplorerShareInput): Promise<ShareToolbarProps> {
  const shown = revision ?? (await resolveShownRevision(null)).revision;
  const query = serializeViewState({ ...state, rev: null });
  const figures = model.panels.flatMap((panel) => panel.rows.map((row) => row.figure));
  return {
    path: '/explore',
    query,
    revision: shown ? { id: shown.id, createdAt: shown.createdAt.toISOString() } : null,
    pinned: revision !== null,
    title: explorerTitle(series.map((s) => s.title)),
    sourceLine: sourceLine(figures),
    embedPath: '/embed/explore',
    embedHeight: series.length > 1 ? 900 : 640,
    csvPath: series.length > 0 ? `/api/v1/export.csv?${query}` : null,
    fileName: 'sourced-figures-explore',
    downloads: series.length > 0,
    // The table view draws no chart to put into an image; its CSV is the same.
    chartImages: state.view === 'chart',
  };
}
