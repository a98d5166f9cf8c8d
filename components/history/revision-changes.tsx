import Link from 'next/link';
import { EmptyState } from '@/components/empty-state';
import { NoticeList } from '@/components/notice-list';
import { historyHref } from '@/lib/history/history-query';
import { describeRevisionCounts } from '@/lib/history/revision-counts';
import type { RevisionView } from '@/lib/loaders/revision-view';
import { formatRevisionTime } from '@/lib/share/revision-date';
import { PageLinks } from './page-links';
import { RevisionChangeList } from './revision-change-list';

export interface RevisionChangesProps {
  view: RevisionView;
}

const term = 'font-medium text-zinc-600 dark:text-zinc-400';
const linkClass = 'font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300';

/** A revision's page: who wrote it, when and why, what it changed in all, and each figure it changed. */
export function RevisionChanges({ view }: RevisionChangesProps) {
  const { revision, query, filter } = view;
  const path = `/changes/${revision.id}`;
  return (
    <article className="space-y-6">
      <div className="max-w-3xl">
        <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href={historyHref('/changes', { series: query.series, page: 1 })} className="underline-offset-2 hover:underline">
            Corrections log
          </Link>
          <span aria-hidden="true"> / </span>
          <span>Revision {revision.id}</span>
        </nav>
        <h1 className="mt-2 text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">Revision {revision.id}</h1>
        <p data-testid="revision-reason" className="mt-2 text-lg break-words text-zinc-800 dark:text-zinc-200">
          {revision.reason}
        </p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className={term}>When</dt>
          <dd>
            <time dateTime={revision.createdAt}>{formatRevisionTime(revision.createdAt)}</time>
          </dd>
          <dt className={term}>Author</dt>
          <dd data-testid="revision-author">{revision.author}</dd>
          {revision.source ? (
            <>
              <dt className={term}>Imported from</dt>
              <dd className="break-words">{revision.source}</dd>
            </>
          ) : null}
          <dt className={term}>Changed</dt>
          <dd data-testid="revision-counts">{describeRevisionCounts(revision.changes)}</dd>
        </dl>
      </div>

      <NoticeList notices={view.notices} />

      {filter.length > 0 ? (
        <p data-testid="revision-filter" className="text-sm text-zinc-700 dark:text-zinc-300">
          Showing the figures of {filter.map((s) => `“${s.title}”`).join(', ')} only ({view.total}).{' '}
          <Link href={path} className={linkClass}>
            Show every figure this revision changed
          </Link>
        </p>
      ) : null}

      {view.changes.length === 0 ? (
        <EmptyState title="No figure changed">
          <p>
            {filter.length > 0
              ? 'This revision changed no figure of these series.'
              : 'This revision changed no figure; it created or updated series or events only.'}
          </p>
        </EmptyState>
      ) : (
        <RevisionChangeList changes={view.changes} series={view.series} />
      )}

      <PageLinks
        label="Pages of this revision’s figures"
        page={query.page}
        pages={view.pages}
        hrefOf={(page) => historyHref(path, { ...query, page })}
        previousLabel="Previous"
        nextLabel="Next"
      />
    </article>
  );
}
