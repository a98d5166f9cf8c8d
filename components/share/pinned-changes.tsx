import Link from 'next/link';
import { EmptyState } from '@/components/empty-state';
import { NoticeList } from '@/components/notice-list';
import type { ChangesView } from '@/lib/loaders/changes-view';
import { formatRevisionDate } from '@/lib/share/revision-date';
import { ViewChangeList } from './view-change-list';

export interface PinnedChangesProps {
  view: ChangesView;
}

/** "See what changed" from a pinned view's banner: the view's figures then and now, and the revisions since. */
export function PinnedChanges({ view }: PinnedChangesProps) {
  const { revision } = view;
  return (
    <article className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">
          {revision ? `What changed since ${formatRevisionDate(revision.createdAt)}` : 'What changed'}
        </h1>
        {revision ? (
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">
            The figures of {view.series.length === 1 ? 'this series' : 'these series'} as they stood at dataset revision {revision.id}, against
            the latest data (revision {revision.latest}). Figures are never deleted: each correction is a new version, and the old one stays
            visible in views pinned to older revisions.
          </p>
        ) : null}
      </div>

      <NoticeList notices={view.notices} />

      {revision && view.series.length > 0 ? (
        <>
          <p data-testid="changes-summary" className="font-medium">
            {view.changes.length === 0
              ? 'No figure has changed since.'
              : `${view.changes.length} ${view.changes.length === 1 ? 'figure' : 'figures'} changed since.`}
          </p>
          <ViewChangeList series={view.series} changes={view.changes} />
          <section aria-labelledby="revisions-heading">
            <h2 id="revisions-heading" className="text-lg font-semibold tracking-tight text-zinc-950 dark:text-white">
              Revisions since
            </h2>
            {view.revisions.length === 0 ? (
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">None: this is the latest revision.</p>
            ) : (
              <ol className="mt-2 space-y-1 text-sm">
                {view.revisions.map((r) => (
                  <li key={r.id}>
                    <Link href={`/changes/${r.id}`} className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
                      Revision {r.id}, {formatRevisionDate(r.createdAt)}
                    </Link>{' '}
                    by {r.author}: {r.reason}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      ) : (
        <EmptyState title="Nothing to compare">
          <p>
            Open this page from the banner of a pinned view, or read the{' '}
            <Link href="/changes" className="underline underline-offset-2">
              corrections log
            </Link>
            .
          </p>
        </EmptyState>
      )}
    </article>
  );
}
