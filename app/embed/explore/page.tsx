import type { Metadata } from 'next';
import { connection } from 'next/server';
import { EmptyState } from '@/components/empty-state';
import { ExplorerResults } from '@/components/explorer/explorer-results';
import { EmbedFooter } from '@/components/share/embed-footer';
import { PinnedRevisionBanner } from '@/components/share/pinned-revision-banner';
import { explorerTitle } from '@/lib/previews/titles';
// The explorer's own loader, so that an embed shows exactly what /explore shows for the same state.
import { loadExplorerView } from '@/lib/share/explorer-view';
import { viewStateHref } from '@/lib/view-state';

export const metadata: Metadata = { title: 'Explore' };

interface EmbedExplorePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** /embed/explore?<the explorer's state>: the comparison's charts (or tables) for other sites to frame. */
export default async function EmbedExplorePage({ searchParams }: EmbedExplorePageProps) {
  await connection();
  const view = await loadExplorerView(await searchParams);
  const { state } = view;
  const revision = view.shown?.pinned ? view.shown : null;
  const changed = view.changedSince;
  const title = explorerTitle(view.series.map((s) => s.title));

  return (
      <div className="space-y-3">
        <div>
          <h1 className="text-base font-semibold leading-snug text-zinc-950 dark:text-white">{title}</h1>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">{view.rangeText}</p>
        </div>
        {revision && changed !== null ? (
          <PinnedRevisionBanner
            revision={revision}
            changedCount={changed}
            changesHref={viewStateHref('/changes', { ...state, from: null, to: null, mode: 'absolute', view: 'chart' })}
            latestHref={viewStateHref('/explore', { ...state, rev: null })}
            newTab
          />
        ) : null}
        {view.series.length === 0 ? (
          <EmptyState title="No series chosen">
            <p>This embed names no series to compare.</p>
          </EmptyState>
        ) : (
          <>
            {/* /explore heads its results with an h2; without one, the panels' h3s would skip a level. */}
            <h2 className="sr-only">{state.view === 'chart' ? 'Charts' : 'Tables'}</h2>
            <ExplorerResults
              series={view.series}
              figures={view.figures}
              events={view.events}
              truncated={view.truncated}
              range={{ from: state.from, to: state.to }}
              mode={state.mode}
              view={state.view}
              rangeText={view.rangeText}
              embedded
            />
          </>
        )}
        <EmbedFooter href={viewStateHref('/explore', state)} revision={revision} />
      </div>
  );
}
