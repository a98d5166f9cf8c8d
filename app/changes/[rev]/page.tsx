import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { RevisionChanges } from '@/components/history/revision-changes';
import { describeRevisionCounts } from '@/lib/history/revision-counts';
import { loadRevisionView } from '@/lib/loaders/revision-view';

type SearchParams = Record<string, string | string[] | undefined>;

interface RevisionPageProps {
  params: Promise<{ rev: string }>;
  searchParams: Promise<SearchParams>;
}

function first(params: SearchParams, key: string): string | null {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

async function load({ params, searchParams }: RevisionPageProps) {
  const [{ rev }, search] = await Promise.all([params, searchParams]);
  return loadRevisionView(rev, first(search, 's'), first(search, 'page'));
}

export async function generateMetadata(props: RevisionPageProps): Promise<Metadata> {
  const view = await load(props);
  if (!view) return { title: 'Revision not found' };
  return {
    title: `Revision ${view.revision.id}: ${view.revision.reason}`,
    description: `${describeRevisionCounts(view.revision.changes)}. By ${view.revision.author}.`,
  };
}

/**
 * /changes/<rev>: one dataset revision and the figures it changed. No loading.tsx wraps it (the log's
 * sits in its own route group), so an unknown or malformed revision is a real 404.
 */
export default async function RevisionPage(props: RevisionPageProps) {
  await connection();
  const view = await load(props);
  if (!view) notFound();
  return <RevisionChanges view={view} />;
}
