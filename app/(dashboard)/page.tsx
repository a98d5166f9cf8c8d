import { connection } from 'next/server';
import { EmptyState } from '@/components/empty-state';
import { SeriesChartCard } from '@/components/series-chart-card';
import { SeriesIndex } from '@/components/series-index';
import { getHeadlineData } from '@/lib/queries/get-headline-data';
import { listSeries } from '@/lib/queries/list-series';

export default async function DashboardPage() {
  // Read the database on every request, so newly imported figures show without a restart.
  await connection();
  const [headlines, series] = await Promise.all([getHeadlineData(), listSeries()]);
  const figureTotal = series.reduce((sum, s) => sum + s.figureCount, 0);

  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">
          North Korea’s support for Russia’s war, in sourced figures
        </h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Shells, troops, workers and students, and the Ukrainian children taken and brought back. Each number is
          shown with who said it and who published it. Where sources disagree, every estimate is shown side by side.
        </p>
      </div>

      <section aria-labelledby="headline-heading" className="mt-8">
        <h2 id="headline-heading" className="sr-only">
          Headline figures
        </h2>
        {headlines.length === 0 ? (
          <EmptyState title="No figures yet">
            <p>Import the data set to see the headline charts here.</p>
          </EmptyState>
        ) : (
          <div className="grid gap-6 lg:grid-cols-2">
            {headlines.map(({ series: headlineSeries, latest, figures }) => (
              <SeriesChartCard
                key={headlineSeries.slug}
                series={headlineSeries}
                figures={figures}
                headline={latest}
                headingLevel="h3"
                linkToSeries
              />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="all-series" className="mt-12">
        <h2 id="all-series" className="text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
          All series
        </h2>
        <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          {series.length} series, {figureTotal} figures, by topic.
        </p>
        {series.length === 0 ? (
          <EmptyState title="No series yet">
            <p>Series appear here once the data set has been imported.</p>
          </EmptyState>
        ) : (
          <SeriesIndex series={series} />
        )}
      </section>
    </>
  );
}
