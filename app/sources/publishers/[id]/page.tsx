import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { SourceProfile } from '@/components/source-profile';
import { getPublisher } from '@/lib/queries/get-publisher';
import { listSourceFigures } from '@/lib/queries/list-source-figures';

interface PublisherPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PublisherPageProps): Promise<Metadata> {
  const publisher = await getPublisher((await params).id);
  return publisher ? { title: `${publisher.name}: figures published` } : {};
}

export default async function PublisherPage({ params }: PublisherPageProps) {
  await connection();
  const publisher = await getPublisher((await params).id);
  if (!publisher) notFound();
  const { figures, total } = await listSourceFigures({ publisherId: publisher.id });
  return <SourceProfile kind="Publisher" name={publisher.name} figures={figures} total={total} countNote=" reported, each with who made the claim" />;
}
