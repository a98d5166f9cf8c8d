import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { SourceProfile } from '@/components/source-profile';
import { loadSourcePage } from '@/lib/loaders/source-view';
import { getPublisher } from '@/lib/queries/get-publisher';

interface PublisherPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PublisherPageProps): Promise<Metadata> {
  const publisher = await getPublisher((await params).id);
  return publisher ? { title: `${publisher.name}: figures published` } : {};
}

export default async function PublisherPage({ params, searchParams }: PublisherPageProps) {
  await connection();
  const publisher = await getPublisher((await params).id);
  if (!publisher) notFound();
  // A page of its figures, as of the revision the link pins (rev=) or the latest; page= picks the page.
  const view = await loadSourcePage({ publisherId: publisher.id }, await searchParams, 'this publisher’s list of figures');
  return <SourceProfile kind="Publisher" name={publisher.name} path={`/sources/publishers/${publisher.id}`} view={view} countNote=" reported, each with who made the claim" />;
}
