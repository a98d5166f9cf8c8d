import type { Metadata } from 'next';
import { connection } from 'next/server';
import { EmptyState } from '@/components/empty-state';
import { NoticeBanner } from '@/components/explorer/notice-banner';
import { SeriesChartCard } from '@/components/series-chart-card';
import { SeriesIndex } from '@/components/series-index';
import { PinnedRevisionBanner } from '@/components/share/pinned-revision-banner';
import { ShareToolbar } from '@/components/share/share-toolbar';
import { sourceLine } from '@/lib/figures/wording';
import { pagedHref } from '@/lib/loaders/page-param';
import { HOME_TITLE } from '@/lib/previews/titles';
import { loadHomeView } from '@/lib/share/home-view';
import { homeMetadata } from '@/lib/share/metadata';
import { parsePinnedRevision } from '@/lib/share/pinned-revision';

interface DashboardPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: DashboardPageProps): Promise<Metadata> {
  return homeMetadata(await searchParams);
}

const COUNT = new Intl.NumberFormat('en-GB');

/**
 * No loading.tsx streams this page: React reveals a streamed Suspense boundary no sooner than 300 ms
 * after the first paint, so a skeleton put the intro and the charts (the largest paint) 300 ms behind
 * the header. Its loader reads cached views in milliseconds, and the page is sent whole.
 */
export default async function DashboardPage({ searchParams }: DashboardPageProps) {
  // Read the database on every request, so newly imported figures show without a restart.
  await connection();
  const pin = parsePinnedRevision(await searchParams);
  // The figures as of the revision a shared link pins (rev=), or the latest.
  const { headlines, topics, revision, changedSince, notices } = await loadHomeView(pin.rev);
  const seriesTotal = topics.reduce((sum, t) => sum + t.total, 0);
  const pinnedRev = revision?.pinned ? revision.id : null;
  const headlineSlugs = headlines.map((h) => h.series.slug);

  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">{HOME_TITLE}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          Shells, troops, workers and students, the Ukrainian children taken and brought back, and the oil, food and trade that go the other way. Each number is
          shown with who said it and who published it. Where sources disagree, every estimate is shown side by side.
        </p>
      </div>
      {[...pin.notices, ...notices].length > 0 ? (
        <div className="mt-4">
          <NoticeBanner notices={[...pin.notices, ...notices]} cleanHref="/" />
        </div>
      ) : null}
      {revision?.pinned && changedSince !== null ? (
        <div className="mt-4">
          <PinnedRevisionBanner
            revision={revision}
            changedCount={changedSince}
            changesHref={`/changes?s=${headlineSlugs.join(',')}&rev=${revision.id}`}
            latestHref="/"
          />
        </div>
      ) : null}
      {headlines.length > 0 ? (
        <div className="mt-6">
          <ShareToolbar
            path="/"
            query=""
            revision={revision ? { id: revision.id, createdAt: revision.createdAt.toISOString() } : null}
            pinned={revision?.pinned ?? false}
            title={HOME_TITLE}
            sourceLine={sourceLine(headlines.flatMap((h) => h.figures))}
            csvPath={`/api/v1/export.csv?s=${headlineSlugs.join(',')}`}
            fileName="sourced-figures-headlines"
          />
        </div>
      ) : null}

      <section aria-labelledby="headline-heading" className="mt-8">
        <h2 id="headline-heading" className="sr-only">
          Headline figures
        </h2>
        {headlines.length === 0 ? (
          <EmptyState title="No figures yet">
            <p>Import the data set to see the headline charts here.</p>
          </EmptyState>
        ) : (
          <div className="grid gap-6 lg:grid-cols-2 *:render-when-visible">
            {headlines.map(({ series: headlineSeries, latest, figures, total }) => (
              <SeriesChartCard
                key={headlineSeries.slug}
                series={headlineSeries}
                figures={figures}
                total={total}
                headline={latest}
                headingLevel="h3"
                linkToSeries
                tableHref={`/series/${headlineSeries.slug}#figures`}
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
          {COUNT.format(seriesTotal)} series, by topic.
        </p>
        {topics.length === 0 ? (
          <EmptyState title="No series yet">
            <p>Series appear here once the data set has been imported.</p>
          </EmptyState>
        ) : (
          <SeriesIndex topics={topics} topicHref={(topic) => pagedHref(`/topics/${topic}`, { rev: pinnedRev, page: 1 })} />
        )}
      </section>
    </>
  );
}
