import Link from 'next/link';
import type { SourcePageView } from '@/lib/loaders/source-view';
import { pagedHref } from '@/lib/loaders/page-param';
import { formatRevisionDate } from '@/lib/share/revision-date';
import { EmptyState } from './empty-state';
import { NoticeBanner } from './explorer/notice-banner';
import { FiguresPager } from './figures-pager';
import { SourceFigures } from './source-figures';

export interface SourceProfileProps {
  kind: 'Claimant' | 'Publisher';
  name: string;
  /** A line under the name: the body a claimant speaks for. */
  detail?: string | null;
  /** The page's address, without its query. */
  path: string;
  /** One page of the source's figures, and how many it has (lib/loaders/source-view.ts). */
  view: SourcePageView;
  /** What the figures are, after their count: "as stated and as published". */
  countNote: string;
}

const COUNT = new Intl.NumberFormat('en-GB');

/** A claimant's or a publisher's page: who it is, and a page of the figures it gave or published. */
export function SourceProfile({ kind, name, detail = null, path, view, countNote }: SourceProfileProps) {
  const { figures, total, page, pages, first, revision, notices } = view;
  const pinned = revision?.pinned ? revision : null;
  const rev = pinned?.id ?? null;
  const noun = total === 1 ? 'figure' : 'figures';
  const asOf = pinned ? `as of dataset revision ${pinned.id} (${formatRevisionDate(pinned.createdAt)})` : null;
  const counted = asOf ? `${COUNT.format(total)} ${noun} ${asOf}` : `${COUNT.format(total)} current ${noun}`;
  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/sources" className="underline-offset-2 hover:underline">
          Sources
        </Link>
        <span aria-hidden="true"> / </span>
        <span>{`${kind}s`}</span>
      </nav>
      <p className="mt-3 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{kind}</p>
      <h1 className="text-2xl font-bold tracking-tight break-words text-zinc-950 sm:text-3xl dark:text-white">{name}</h1>
      {detail ? <p className="mt-1 text-zinc-700 dark:text-zinc-300">{detail}</p> : null}
      {notices.length > 0 ? (
        <div className="mt-4">
          <NoticeBanner notices={notices} cleanHref={pagedHref(path, { rev, page })} />
        </div>
      ) : null}
      <p className="mt-2 mb-8 text-sm text-zinc-600 dark:text-zinc-400" data-testid="source-count">
        {total === 0 ? (asOf ? `No figures ${asOf}.` : 'No current figures.') : `${counted}${countNote}.`}
        {pages > 1 ? ` Figures ${COUNT.format(first)}–${COUNT.format(first + figures.length - 1)} are listed here, by series.` : null}
        {pinned ? (
          <>
            {' '}
            <Link href={path} className="font-medium underline underline-offset-2">
              View the latest figures
            </Link>
          </>
        ) : null}
      </p>
      {total === 0 ? (
        <EmptyState title={pinned ? 'No figures as of this revision' : 'No current figures'}>
          <p>
            {pinned
              ? `This ${kind.toLowerCase()} had no figures in the data set as it stood then.`
              : `Figures from this ${kind.toLowerCase()} have been withdrawn or corrected away.`}
          </p>
        </EmptyState>
      ) : (
        <SourceFigures figures={figures} seriesHref={(slug) => pagedHref(`/series/${slug}`, { rev, page: 1 })} paged={pages > 1} />
      )}
      <FiguresPager page={page} pages={pages} hrefOf={(to) => pagedHref(path, { rev, page: to })} />
    </article>
  );
}
