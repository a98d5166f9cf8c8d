import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { SourceProfile } from '@/components/source-profile';
import { groupLabel } from '@/lib/figures/chart-data';
import { getClaimant } from '@/lib/queries/get-claimant';
import { listSourceFigures } from '@/lib/queries/list-source-figures';

interface ClaimantPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: ClaimantPageProps): Promise<Metadata> {
  const claimant = await getClaimant((await params).id);
  return claimant ? { title: `${claimant.name}: figures given` } : {};
}

export default async function ClaimantPage({ params }: ClaimantPageProps) {
  await connection();
  const claimant = await getClaimant((await params).id);
  if (!claimant) notFound();
  const { figures, total } = await listSourceFigures({ claimantId: claimant.id });
  return (
    <SourceProfile
      kind="Claimant"
      name={claimant.name}
      detail={claimant.organization !== claimant.name ? groupLabel(claimant.organization) : null}
      figures={figures}
      total={total}
      countNote=", as stated and as published"
    />
  );
}
