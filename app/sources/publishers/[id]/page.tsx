import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EmptyState } from '@/components/empty-state';
import { SourceFigures } from '@/components/source-figures';
import { parseRecordId } from '@/lib/queries/parse-record-id';
import { getPublisher } from '@/lib/queries/get-publisher';
import { listSourceFigures } from '@/lib/queries/list-source-figures';

interface PublisherPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PublisherPageProps): Promise<Metadata> {
  const id = parseRecordId((await params).id);
  const publisher = id === null ? null : await getPublisher(id);
  return publisher ? { title: `${publisher.name}: figures published` } : {};
}

export default async function PublisherPage({ params }: PublisherPageProps) {
  await connection();
  const id = parseRecordId((await params).id);
  const publisher = id === null ? null : await getPublisher(id);
  if (!publisher) notFound();
  const figures = await listSourceFigures({ publisherId: publisher.id });

  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/sources" className="underline-offset-2 hover:underline">
          Sources
        </Link>
        <span aria-hidden="true"> / </span>
        <span>Publishers</span>
      </nav>
      <p className="mt-3 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Publisher</p>
      <h1 className="text-2xl font-bold tracking-tight break-words text-zinc-950 sm:text-3xl dark:text-white">
        {publisher.name}
      </h1>
      <p className="mt-2 mb-8 text-sm text-zinc-600 dark:text-zinc-400">
        {figures.length === 0
          ? 'No current figures.'
          : `${figures.length} current ${figures.length === 1 ? 'figure' : 'figures'} reported, each with who made the claim.`}
      </p>
      {figures.length === 0 ? (
        <EmptyState title="No current figures">
          <p>Figures from this publisher have been withdrawn or corrected away.</p>
        </EmptyState>
      ) : (
        <SourceFigures figures={figures} />
      )}
    </article>
  );
}
