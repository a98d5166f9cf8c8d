import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { EmptyState } from '@/components/empty-state';
import { SourceFigures } from '@/components/source-figures';
import { groupLabel } from '@/lib/figures/chart-data';
import { parseRecordId } from '@/lib/queries/parse-record-id';
import { getClaimant } from '@/lib/queries/get-claimant';
import { listSourceFigures } from '@/lib/queries/list-source-figures';

interface ClaimantPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: ClaimantPageProps): Promise<Metadata> {
  const id = parseRecordId((await params).id);
  const claimant = id === null ? null : await getClaimant(id);
  return claimant ? { title: `${claimant.name}: figures given` } : {};
}

export default async function ClaimantPage({ params }: ClaimantPageProps) {
  await connection();
  const id = parseRecordId((await params).id);
  const claimant = id === null ? null : await getClaimant(id);
  if (!claimant) notFound();
  const figures = await listSourceFigures({ claimantId: claimant.id });
  const speaksForBody = claimant.organization !== claimant.name;

  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/sources" className="underline-offset-2 hover:underline">
          Sources
        </Link>
        <span aria-hidden="true"> / </span>
        <span>Claimants</span>
      </nav>
      <p className="mt-3 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Claimant</p>
      <h1 className="text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">{claimant.name}</h1>
      {speaksForBody ? (
        <p className="mt-1 text-zinc-700 dark:text-zinc-300">{groupLabel(claimant.organization)}</p>
      ) : null}
      <p className="mt-2 mb-8 text-sm text-zinc-600 dark:text-zinc-400">
        {figures.length === 0
          ? 'No current figures.'
          : `${figures.length} current ${figures.length === 1 ? 'figure' : 'figures'}, as stated and as published.`}
      </p>
      {figures.length === 0 ? (
        <EmptyState title="No current figures">
          <p>Figures from this claimant have been withdrawn or corrected away.</p>
        </EmptyState>
      ) : (
        <SourceFigures figures={figures} />
      )}
    </article>
  );
}
