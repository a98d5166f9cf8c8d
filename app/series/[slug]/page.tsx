import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EmptyState } from '@/components/empty-state';
import { FiguresTable } from '@/components/figures-table';
import { SeriesChartCard } from '@/components/series-chart-card';
import { SeriesKindLabel } from '@/components/series-kind-label';
import { getSeriesBySlug } from '@/lib/queries/get-series-by-slug';
import { listSeriesFigures } from '@/lib/queries/list-series-figures';

interface SeriesPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: SeriesPageProps): Promise<Metadata> {
  const series = await getSeriesBySlug((await params).slug);
  return series ? { title: series.title, description: series.description } : {};
}

export default async function SeriesPage({ params }: SeriesPageProps) {
  await connection();
  const { slug } = await params;
  const series = await getSeriesBySlug(slug);
  // The layout has already answered 404; this covers a series deleted between the two reads.
  if (!series) notFound();
  const figures = await listSeriesFigures(series.id);

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
            <Link href={`/#topic-${series.topic}`} className="capitalize underline-offset-2 hover:underline">
              {series.topic}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">
        {series.title}
      </h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{series.description}</p>
      <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Unit</dt>
        <dd>{series.unit}</dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Kind</dt>
        <dd>
          <SeriesKindLabel kind={series.kind} explain />
        </dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Figures</dt>
        <dd>{figures.length === 0 ? 'none yet' : figures.length}</dd>
      </dl>

      {figures.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No figures yet">
            <p>No source has been recorded for this series so far. Figures will appear here once they are imported.</p>
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="mt-8">
            <SeriesChartCard series={series} figures={figures} />
          </div>
          <section aria-labelledby="figures-heading" className="mt-10">
            <h2 id="figures-heading" className="text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
              Every figure, with its source
            </h2>
            <p className="mt-1 mb-4 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
              Values are given as the source stated them. Where several outlets carried the same claim, each is listed.
            </p>
            <FiguresTable
              series={series}
              figures={figures}
              caption={`${figures.length} ${figures.length === 1 ? 'figure' : 'figures'} for “${series.title}”, by date`}
            />
          </section>
        </>
      )}
    </article>
  );
}
