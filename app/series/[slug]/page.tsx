import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EmptyState } from '@/components/empty-state';
import { NoticeBanner } from '@/components/explorer/notice-banner';
import { FiguresPager } from '@/components/figures-pager';
import { FiguresTable } from '@/components/figures-table';
import { SeriesChartCard } from '@/components/series-chart-card';
import { SeriesKindLabel } from '@/components/series-kind-label';
import { PinnedRevisionBanner } from '@/components/share/pinned-revision-banner';
import { ShareToolbar } from '@/components/share/share-toolbar';
import { sourceLine } from '@/lib/figures/wording';
import { seriesMetadata } from '@/lib/share/metadata';
import { parsePinnedRevision } from '@/lib/share/pinned-revision';
import { loadSeriesView, seriesTablePage } from '@/lib/share/series-view';

interface SeriesPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: SeriesPageProps): Promise<Metadata> {
  return seriesMetadata((await params).slug, await searchParams);
}

const COUNT = new Intl.NumberFormat('en-GB');

/**
 * No loading.tsx streams this page: React reveals a streamed Suspense boundary no sooner than 300 ms
 * after the first paint, so a skeleton put the intro and the charts (the largest paint) 300 ms behind
 * the header. Its loader reads cached views in milliseconds, and the page is sent whole.
 */
export default async function SeriesPage({ params, searchParams }: SeriesPageProps) {
  await connection();
  const { slug } = await params;
  const query = await searchParams;
  const pin = parsePinnedRevision(query);
  // The figures as of the revision a shared link pins (rev=), or the latest.
  const view = await loadSeriesView(slug, pin.rev);
  // The layout has already answered 404; this covers a series deleted between the two reads.
  if (!view) notFound();
  const { series, figures, total, revision } = view;
  const table = await seriesTablePage(view, typeof query.page === 'string' ? query.page : undefined);
  const notices = [...pin.notices, ...view.notices, ...(table.notice ? [table.notice] : [])];
  const pageHref = `/series/${series.slug}`;
  const tablePageHref = (page: number) => {
    const parts = [...(revision?.pinned ? [`rev=${revision.id}`] : []), ...(page > 1 ? [`page=${page}`] : [])];
    return parts.length > 0 ? `${pageHref}?${parts.join('&')}#figures-heading` : `${pageHref}#figures-heading`;
  };
  const last = table.first + table.figures.length - 1;

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
            <Link href={`/topics/${series.topic}`} className="capitalize underline-offset-2 hover:underline">
              {series.topic}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">
        {series.title}
      </h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{series.description}</p>
      {notices.length > 0 ? (
        <div className="mt-4">
          <NoticeBanner notices={notices} cleanHref={pageHref} />
        </div>
      ) : null}
      {revision?.pinned && view.changedSince !== null ? (
        <div className="mt-4">
          <PinnedRevisionBanner
            revision={revision}
            changedCount={view.changedSince}
            changesHref={`/changes?s=${series.slug}&rev=${revision.id}`}
            latestHref={pageHref}
          />
        </div>
      ) : null}
      <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Unit</dt>
        <dd>{series.unit}</dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Kind</dt>
        <dd>
          <SeriesKindLabel kind={series.kind} explain />
        </dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Figures</dt>
        <dd>{total === 0 ? 'none yet' : COUNT.format(total)}</dd>
      </dl>
      <div className="mt-6">
        <ShareToolbar
          path={pageHref}
          query=""
          revision={revision ? { id: revision.id, createdAt: revision.createdAt.toISOString() } : null}
          pinned={revision?.pinned ?? false}
          title={series.title}
          sourceLine={sourceLine(figures)}
          embedPath={`/embed/series/${series.slug}`}
          csvPath={`/api/v1/series/${series.slug}/figures.csv`}
          fileName={series.slug}
          downloads={figures.length > 0}
        />
      </div>

      {figures.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No figures yet">
            <p>No source has been recorded for this series so far. Figures will appear here once they are imported.</p>
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="mt-4">
            <SeriesChartCard series={series} figures={figures} total={total} tableHref="#figures" />
          </div>
          <section id="figures" aria-labelledby="figures-heading" className="mt-10 scroll-mt-4">
            <h2 id="figures-heading" className="text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
              Every figure, with its source
            </h2>
            <p className="mt-1 mb-4 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
              Values are given as the source stated them. Where several outlets carried the same claim, each is listed.
            </p>
            <FiguresTable
              series={series}
              figures={table.figures}
              caption={
                table.pages > 1
                  ? `Figures ${COUNT.format(table.first)}–${COUNT.format(last)} of ${COUNT.format(total)} for “${series.title}”, by date`
                  : `${total} ${total === 1 ? 'figure' : 'figures'} for “${series.title}”, by date`
              }
            />
            <FiguresPager page={table.page} pages={table.pages} hrefOf={tablePageHref} />
          </section>
        </>
      )}
    </article>
  );
}
