import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { EmptyState } from '@/components/empty-state';
import { ViewChangeList } from '@/components/share/view-change-list';
import { loadChangesView } from '@/lib/share/changes-view';
import { formatRevisionDate } from '@/lib/share/revision-date';

export const metadata: Metadata = {
  title: 'What changed',
  description: 'The figures of a pinned view that have been added, corrected or withdrawn since.',
  robots: { index: false },
};

interface ChangesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** "See what changed" from a pinned view's banner: /changes?s=<series>&rev=<revision>. */
export default async function ChangesPage({ searchParams }: ChangesPageProps) {
  await connection();
  const view = await loadChangesView(await searchParams);
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

      {view.notices.length > 0 ? (
        <div role="status" className="rounded-xl border border-amber-300 bg-amber-50 px-8 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          <ul className="list-disc">
            {view.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      ) : null}

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
                    <span className="font-medium">
                      Revision {r.id}, {formatRevisionDate(r.createdAt)}
                    </span>{' '}
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
            Open this page from the banner of a pinned view, or go to the{' '}
            <Link href="/" className="underline underline-offset-2">
              dashboard
            </Link>
            .
          </p>
        </EmptyState>
      )}
    </article>
  );
}
