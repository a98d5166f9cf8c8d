import { notFound, permanentRedirect } from 'next/navigation';
import { findMergeSurvivor } from '@/lib/queries/find-merge-survivor';
import { getClaimant } from '@/lib/queries/get-claimant';

/**
 * Answers 404 for a malformed or unknown id, and redirects a merged-away one to its survivor, before
 * anything is streamed: the page's loading.tsx boundary would otherwise have sent status 200 already
 * (see app/series/[slug]/layout.tsx).
 */
export default async function ClaimantLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const claimant = await getClaimant((await params).id);
  if (!claimant) notFound();
  // A claimant merged into another (lib/curation/merges.ts) lives on under the survivor's page.
  const survivor = await findMergeSurvivor('claimant', claimant.id);
  if (survivor !== null) permanentRedirect(`/sources/claimants/${survivor}`);
  return children;
}
