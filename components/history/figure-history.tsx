import Link from 'next/link';
import { NoticeList } from '@/components/notice-list';
import { figureTitle } from '@/lib/figures/figure-title';
import { describeSource } from '@/lib/figures/wording';
import type { FigureHistoryView } from '@/lib/loaders/figure-history';
import { formatRevisionTime } from '@/lib/share/revision-date';
import { FigureVersionList } from './figure-version-list';

export interface FigureHistoryProps {
  view: FigureHistoryView;
}

const linkClass = 'font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300';

/** A figure's page: what it says (or said, when retired), its series, and every version it has had. */
export function FigureHistory({ view }: FigureHistoryProps) {
  const { latest, series, total } = view;
  const retired = latest.change === 'retired';
  const versionsOf = (before: number | null) => (before === null ? `/figures/${view.figureId}` : `/figures/${view.figureId}?before=${before}`);
  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <ol className="flex flex-wrap gap-1.5">
          <li>
            <Link href="/" className="underline-offset-2 hover:underline">
              Dashboard
            </Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li>
            <Link href={`/series/${series.slug}`} className="underline-offset-2 hover:underline">
              {series.title}
            </Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li>Figure {view.figureId}</li>
        </ol>
      </nav>
      <p className="mt-3 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">History of a figure</p>
      <h1 className="text-2xl font-bold tracking-tight break-words text-zinc-950 sm:text-3xl dark:text-white">{figureTitle(latest.figure, series)}</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{describeSource(latest.figure)}</p>

      <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Series</dt>
        <dd>
          <Link href={`/series/${series.slug}`} data-testid="figure-series" className={linkClass}>
            {series.title}
          </Link>
        </dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Status</dt>
        <dd data-testid="figure-status">{retired ? `retired in revision ${latest.revision.id}` : 'current'}</dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Versions</dt>
        <dd>{total}</dd>
      </dl>

      {retired ? (
        <div
          role="note"
          data-testid="retired-note"
          className="mt-4 max-w-3xl rounded-xl border border-zinc-300 bg-zinc-100 px-4 py-3 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-100"
        >
          <p>
            <span className="font-semibold">This figure was retired</span> in{' '}
            <Link href={`/changes/${latest.revision.id}`} className={linkClass}>
              revision {latest.revision.id}
            </Link>{' '}
            ({formatRevisionTime(latest.revision.createdAt)}): it is no longer part of the latest data, so charts and tables
            no longer show it. Views pinned to an earlier revision still do, and every version stays listed here.
          </p>
        </div>
      ) : null}

      {view.notices.length > 0 ? (
        <div className="mt-4">
          <NoticeList notices={view.notices} />
        </div>
      ) : null}

      <section aria-labelledby="versions-heading" className="mt-8 space-y-4">
        <h2 id="versions-heading" className="text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
          Every version, newest first
        </h2>
        <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
          Figures are never overwritten or deleted: each change is a new version, written in a numbered dataset revision
          with its author and reason. Each version lists what it changed against the one before.
        </p>
        <FigureVersionList entries={view.entries} series={series} latestVersion={total} />
        {!view.showsNewest || view.olderBefore !== null ? (
          <nav aria-label="Pages of versions" className="flex flex-wrap gap-3 text-sm">
            {!view.showsNewest ? (
              <Link href={versionsOf(null)} className={linkClass}>
                <span aria-hidden="true">← </span>Newest versions
              </Link>
            ) : null}
            {view.olderBefore !== null ? (
              <Link href={versionsOf(view.olderBefore)} rel="next" className={linkClass}>
                Older versions<span aria-hidden="true"> →</span>
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </article>
  );
}
