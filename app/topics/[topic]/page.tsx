import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EmptyState } from '@/components/empty-state';
import { NoticeBanner } from '@/components/explorer/notice-banner';
import { FiguresPager } from '@/components/figures-pager';
import { SeriesList } from '@/components/series-list';
import { pagedHref } from '@/lib/loaders/page-param';
import { isTopic, loadTopicView } from '@/lib/loaders/topic-view';
import { parsePinnedRevision } from '@/lib/share/pinned-revision';

interface TopicPageProps {
  params: Promise<{ topic: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const COUNT = new Intl.NumberFormat('en-GB');

function pageParam(query: Record<string, string | string[] | undefined>): string | undefined {
  return typeof query.page === 'string' ? query.page : undefined;
}

export async function generateMetadata({ params }: TopicPageProps): Promise<Metadata> {
  const { topic } = await params;
  if (!isTopic(topic)) return { title: 'Topic not found' };
  return { title: `Series on ${topic}`, description: `Every series on ${topic}, each number with who said it and who published it.` };
}

export default async function TopicPage({ params, searchParams }: TopicPageProps) {
  await connection();
  const { topic } = await params;
  const query = await searchParams;
  const pin = parsePinnedRevision(query);
  const view = await loadTopicView(topic, pin.rev, pageParam(query));
  if (!view) notFound();
  const pinnedRev = view.revision?.pinned ? view.revision.id : null;
  const path = `/topics/${view.topic}`;
  const notices = [...pin.notices, ...view.notices];
  const last = view.first + view.series.length - 1;

  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href={pagedHref('/', { rev: pinnedRev, page: 1 })} className="underline-offset-2 hover:underline">
          Dashboard
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-zinc-950 capitalize sm:text-3xl dark:text-white">{view.topic}</h1>
      <p className="mt-2 mb-4 text-sm text-zinc-600 dark:text-zinc-400" data-testid="topic-count">
        {view.pages > 1
          ? `Series ${COUNT.format(view.first)}–${COUNT.format(last)} of ${COUNT.format(view.total)}.`
          : `${COUNT.format(view.total)} series.`}
      </p>
      {notices.length > 0 ? (
        <div className="mb-4">
          <NoticeBanner notices={notices} cleanHref={pagedHref(path, { rev: pinnedRev, page: 1 })} />
        </div>
      ) : null}
      {view.series.length === 0 ? (
        <EmptyState title="No series yet">
          <p>Series on {view.topic} appear here once the data set has them.</p>
        </EmptyState>
      ) : (
        <SeriesList series={view.series} />
      )}
      <FiguresPager page={view.page} pages={view.pages} hrefOf={(page) => pagedHref(path, { rev: pinnedRev, page })} label="Pages of series" />
    </>
  );
}
