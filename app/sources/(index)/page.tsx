import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ClaimantList } from '@/components/claimant-list';
import { EmptyState } from '@/components/empty-state';
import { PublisherList } from '@/components/publisher-list';
import { listClaimants } from '@/lib/queries/list-claimants';
import { listPublishers } from '@/lib/queries/list-publishers';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'Everyone who gave a figure, and every outlet that published one, with how many.',
};

export default async function SourcesPage() {
  await connection();
  const [claimants, publishers] = await Promise.all([listClaimants(), listPublishers()]);

  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">Sources</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">
        A figure has two sources: the <strong>claimant</strong>, who made the claim (a person or a body), and the{' '}
        <strong>publisher</strong>, the outlet that reported it. Counts are of current figures.
      </p>
      <div className="mt-8 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="claimants-heading">
          <h2 id="claimants-heading" className="mb-4 text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
            Claimants <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">({claimants.length})</span>
          </h2>
          {claimants.length === 0 ? (
            <EmptyState title="No claimants yet">
              <p>Claimants appear once figures are imported.</p>
            </EmptyState>
          ) : (
            <ClaimantList claimants={claimants} />
          )}
        </section>
        <section aria-labelledby="publishers-heading">
          <h2 id="publishers-heading" className="mb-4 text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
            Publishers <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">({publishers.length})</span>
          </h2>
          {publishers.length === 0 ? (
            <EmptyState title="No publishers yet">
              <p>Publishers appear once figures are imported.</p>
            </EmptyState>
          ) : (
            <PublisherList publishers={publishers} />
          )}
        </section>
      </div>
    </>
  );
}
