import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { SeriesChartCard } from '@/components/series-chart-card';
import { EmbedFooter } from '@/components/share/embed-footer';
import { PinnedRevisionBanner } from '@/components/share/pinned-revision-banner';
import { latestFigure } from '@/lib/previews/latest-figure';
import { parsePinnedRevision } from '@/lib/share/pinned-revision';
import { loadSeriesView } from '@/lib/share/series-view';

interface EmbedSeriesPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: EmbedSeriesPageProps): Promise<Metadata> {
  const view = await loadSeriesView((await params).slug, parsePinnedRevision(await searchParams).rev);
  return view ? { title: view.series.title } : {};
}

/** /embed/series/<slug>[?rev=N]: the series' chart card for other sites to frame. */
export default async function EmbedSeriesPage({ params, searchParams }: EmbedSeriesPageProps) {
  await connection();
  const { slug } = await params;
  const view = await loadSeriesView(slug, parsePinnedRevision(await searchParams).rev);
  if (!view) notFound();
  const { series, figures, total, revision } = view;
  const pageHref = `/series/${series.slug}`;
  const pinnedHref = revision?.pinned ? `${pageHref}?rev=${revision.id}` : pageHref;

  return (
    <div className="space-y-3">
      {/* The card's own title is an h2, as on the dashboard; a framed page still needs its h1. */}
      <h1 className="sr-only">{series.title}, from Sourced Figures</h1>
      {revision?.pinned && view.changedSince !== null ? (
        <PinnedRevisionBanner
          revision={revision}
          changedCount={view.changedSince}
          changesHref={`/changes?s=${series.slug}&rev=${revision.id}`}
          latestHref={pageHref}
          newTab
        />
      ) : null}
      <SeriesChartCard series={series} figures={figures} total={total} headline={latestFigure(figures)} headingLevel="h2" />
      <EmbedFooter href={pinnedHref} revision={revision} />
    </div>
  );
}
