import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ClaimantList } from '@/components/claimant-list';
import { EmptyState } from '@/components/empty-state';
import { NoticeBanner } from '@/components/explorer/notice-banner';
import { FiguresPager } from '@/components/figures-pager';
import { PublisherList } from '@/components/publisher-list';
import { SourcesSearch } from '@/components/sources-search';
import { loadSourcesView, MAX_SOURCE_SEARCH, sourcesHref } from '@/lib/loaders/sources-view';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'Everyone who gave a figure, and every outlet that published one, with how many.',
};

interface SourcesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const COUNT = new Intl.NumberFormat('en-GB');

export default async function SourcesPage({ searchParams }: SourcesPageProps) {
  await connection();
  const { query, claimants, publishers, notices } = await loadSourcesView(await searchParams);
  const searching = query.text !== '';

  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">Sources</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">
        A figure has two sources: the <strong>claimant</strong>, who made the claim (a person or a body), and the{' '}
        <strong>publisher</strong>, the outlet that reported it. Counts are of current figures.
      </p>
      <SourcesSearch text={query.text} maxLength={MAX_SOURCE_SEARCH} clearHref={searching ? '/sources' : null} />
      {notices.length > 0 ? (
        <div className="mt-4">
          <NoticeBanner notices={notices} cleanHref={sourcesHref({ ...query, claimantPage: 1, publisherPage: 1 })} />
        </div>
      ) : null}
      <div className="mt-8 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="claimants-heading">
          <h2 id="claimants-heading" className="mb-4 text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
            Claimants <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">({COUNT.format(claimants.total)})</span>
          </h2>
          {claimants.items.length === 0 ? (
            <EmptyState title={searching ? 'No claimant matches' : 'No claimants yet'}>
              <p>{searching ? `No claimant’s name or body contains “${query.text}”.` : 'Claimants appear once figures are imported.'}</p>
            </EmptyState>
          ) : (
            <ClaimantList claimants={claimants.items} />
          )}
          <FiguresPager
            page={claimants.page}
            pages={claimants.pages}
            hrefOf={(page) => `${sourcesHref({ ...query, claimantPage: page })}#claimants-heading`}
            label="Pages of claimants"
          />
        </section>
        <section aria-labelledby="publishers-heading">
          <h2 id="publishers-heading" className="mb-4 text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
            Publishers <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">({COUNT.format(publishers.total)})</span>
          </h2>
          {publishers.items.length === 0 ? (
            <EmptyState title={searching ? 'No publisher matches' : 'No publishers yet'}>
              <p>{searching ? `No publisher’s name contains “${query.text}”.` : 'Publishers appear once figures are imported.'}</p>
            </EmptyState>
          ) : (
            <PublisherList publishers={publishers.items} />
          )}
          <FiguresPager
            page={publishers.page}
            pages={publishers.pages}
            hrefOf={(page) => `${sourcesHref({ ...query, publisherPage: page })}#publishers-heading`}
            label="Pages of publishers"
          />
        </section>
      </div>
    </>
  );
}
