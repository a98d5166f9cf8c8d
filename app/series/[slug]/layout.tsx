import { notFound } from 'next/navigation';
import { getSeriesBySlug } from '@/lib/queries/get-series-by-slug';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks that the series exists before anything is streamed. The page below sits inside this
 * segment's loading.tsx boundary, which sends the response headers (status 200) as soon as the
 * skeleton shows; a layout renders outside that boundary, so an unknown slug still gets a real 404.
 */
export default async function SeriesLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  if (!SLUG.test(slug) || !(await getSeriesBySlug(slug))) notFound();
  return children;
}
