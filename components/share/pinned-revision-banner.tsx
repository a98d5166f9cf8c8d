import Link from 'next/link';
import { formatRevisionDate } from '@/lib/share/revision-date';

export interface PinnedRevisionBannerProps {
  revision: { id: number; createdAt: Date | string };
  /** Figures of the view whose shown version differs in the latest data (countChangedSince). */
  changedCount: number;
  /** The list of those changes. */
  changesHref: string;
  /** The same view, unpinned. */
  latestHref: string;
  /** Open the links in a new tab (from an embed, which should not navigate its frame). */
  newTab?: boolean;
}

/**
 * A view pinned to a dataset revision says so, and how many of its figures the latest data shows
 * differently, so that a reader of an old link never takes old figures for current ones.
 */
export function PinnedRevisionBanner({ revision, changedCount, changesHref, latestHref, newTab = false }: PinnedRevisionBannerProps) {
  const target = newTab ? { target: '_blank', rel: 'noopener' } : {};
  const linkClass = 'font-medium underline underline-offset-2';
  const date = formatRevisionDate(revision.createdAt);
  return (
    <div
      role="note"
      data-testid="pinned-banner"
      className="rounded-xl border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100"
    >
      <p>
        <span className="font-semibold">Showing data as of {date}.</span>{' '}
        {changedCount > 0 ? (
          <>
            {changedCount} {changedCount === 1 ? 'figure' : 'figures'} in this view changed since:{' '}
            <Link href={changesHref} className={linkClass} {...target}>
              see what changed
            </Link>{' '}
            /{' '}
            <Link href={latestHref} className={linkClass} {...target}>
              view the latest
            </Link>
          </>
        ) : (
          <>
            No figure in this view has changed since.{' '}
            <Link href={latestHref} className={linkClass} {...target}>
              View the latest
            </Link>
          </>
        )}
        <span className="sr-only"> (dataset revision {revision.id})</span>
      </p>
    </div>
  );
}
