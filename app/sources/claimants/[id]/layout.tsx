import { notFound } from 'next/navigation';
import { getClaimant } from '@/lib/queries/get-claimant';

/**
 * Answers 404 for a malformed or unknown id before anything is streamed: the page's loading.tsx
 * boundary would otherwise have sent status 200 already (see app/series/[slug]/layout.tsx).
 */
export default async function ClaimantLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  if (!(await getClaimant((await params).id))) notFound();
  return children;
}
