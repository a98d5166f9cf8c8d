import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { SourceProfile } from '@/components/source-profile';
import { groupLabel } from '@/lib/figures/chart-data';
import { loadSourcePage } from '@/lib/loaders/source-view';
import { getClaimant } from '@/lib/queries/get-claimant';

interface ClaimantPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: ClaimantPageProps): Promise<Metadata> {
  const claimant = await getClaimant((await params).id);
  return claimant ? { title: `${claimant.name}: figures given` } : {};
}

export default async function ClaimantPage({ params, searchParams }: ClaimantPageProps) {
  await connection();
  const claimant = await getClaimant((await params).id);
  if (!claimant) notFound();
  // A page of its figures, as of the revision the link pins (rev=) or the latest; page= picks the page.
  const view = await loadSourcePage({ claimantId: claimant.id }, await searchParams, 'this claimant’s list of figures');
  return (
    <SourceProfile
      kind="Claimant"
      name={claimant.name}
      detail={claimant.organization !== claimant.name ? groupLabel(claimant.organization) : null}
      path={`/sources/claimants/${claimant.id}`}
      view={view}
      countNote=", as stated and as published"
    />
  );
}
