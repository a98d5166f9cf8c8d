import { notFound, permanentRedirect } from 'next/navigation';
import { findMergeSurvivor } from '@/lib/queries/find-merge-survivor';
import { getPublisher } from '@/lib/queries/get-publisher';

/**
 * Answers 404 for a malformed or unknown id, and redirects a merged-away one to its survivor, before
 * anything is streamed: the page's loading.tsx boundary would otherwise have sent status 200 already
 * (see app/series/[slug]/layout.tsx).
 */
export default async function PublisherLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const publisher = await getPublisher((await params).id);
  if (!publisher) notFound();
  // A publisher merged into another (lib/curation/merges.ts) lives on under the survivor's page.
  const survivor = await findMergeSurvivor('publisher', publisher.id);
  if (survivor !== null) permanentRedirect(`/sources/publishers/${survivor}`);
  return children;
}
