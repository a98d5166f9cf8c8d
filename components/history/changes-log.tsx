import Link from 'next/link';
import { EmptyState } from '@/components/empty-state';
import { NoticeList } from '@/components/notice-list';
import { historyHref } from '@/lib/history/history-query';
import type { ChangesLogView } from '@/lib/loaders/changes-log';
import { PageLinks } from './page-links';
import { RevisionLogTable } from './revision-log-table';

export interface ChangesLogProps {
  view: ChangesLogView;
}

const linkClass = 'font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300';

/** The public corrections log: every revision, newest first, a page at a time. */
export function ChangesLog({ view }: ChangesLogProps) {
  const { query, series, total } = view;
  const filtered = series.length > 0;
  const titles = series.map((s) => `“${s.title}”`).join(', ');
  const feedHref = historyHref('/changes.atom', { series: query.series, page: 1 });
  return (
    <article className="space-y-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">Corrections log</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Every change to the data, newest first: each dataset revision with who made it, when, why, and how many figures
          it created, corrected and retired. Figures are never overwritten or deleted; open a revision to see each figure it
          changed, field by field.
        </p>
        <p className="mt-2 text-sm">
          <a href={feedHref} className={linkClass}>
            Subscribe to this log (Atom feed)
          </a>
        </p>
      </div>

      <NoticeList notices={view.notices} />

      {filtered ? (
        <p data-testid="log-filter" className="text-sm text-zinc-700 dark:text-zinc-300">
          Showing the revisions that changed {titles}, with only their figures counted.{' '}
          <Link href="/changes" className={linkClass}>
            Show every revision
          </Link>
        </p>
      ) : null}

      {view.revisions.length === 0 ? (
        <EmptyState title="No revisions yet">
          <p>{filtered ? 'No revision has changed these series.' : 'The data has not been loaded yet.'}</p>
        </EmptyState>
      ) : (
        <RevisionLogTable
          revisions={view.revisions}
          caption={`${total} ${total === 1 ? 'revision' : 'revisions'}${filtered ? ` that changed ${titles}` : ''}, newest first`}
          revisionHref={(id) => historyHref(`/changes/${id}`, { series: query.series, page: 1 })}
        />
      )}

      <PageLinks label="Pages of the corrections log" page={query.page} pages={view.pages} hrefOf={(page) => historyHref('/changes', { ...query, page })} />
    </article>
  );
}
