// What the explorer page passes to the share toolbar (components/share/share-toolbar.tsx), from the
// view its loader built: the state as its query string, the revision the figures are as of (the
// pinned one, or the latest), the title, the embed and the CSV of exactly the figures in view (the
// API's export of the same state), and the source line of the figures in view.
import type { ShareToolbarProps } from '@/components/share/share-toolbar';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { sourceLine } from '@/lib/figures/wording';
import { explorerTitle } from '@/lib/previews/titles';
import { serializeViewState, type ViewState } from '@/lib/view-state';
import type { ShownRevision } from './shown-revision';

export interface ExplorerShareInput {
  state: ViewState;
  series: SeriesView[];
  /** The revision the figures are as of: the pinned one, or the latest. */
  shown: ShownRevision | null;
  /** The figures in view, whose claimants and publishers the citation names. */
  figures: FigureView[];
}

export function explorerShareProps({ state, series, shown, figures }: ExplorerShareInput): ShareToolbarProps {
  const query = serializeViewState({ ...state, rev: null });
  return {
    path: '/explore',
    query,
    revision: shown ? { id: shown.id, createdAt: shown.createdAt.toISOString() } : null,
    pinned: shown?.pinned ?? false,
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
