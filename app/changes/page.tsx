import type { Metadata } from 'next';
import { connection } from 'next/server';
import { ChangesLog } from '@/components/history/changes-log';
import { PinnedChanges } from '@/components/share/pinned-changes';
import { changesFeedTitle } from '@/lib/history/changes-feed';
import { historyHref } from '@/lib/history/history-query';
import { loadChangesLog } from '@/lib/loaders/changes-log';
import { loadChangesView } from '@/lib/loaders/changes-view';
import { siteOrigin } from '@/lib/site-url';

type SearchParams = Record<string, string | string[] | undefined>;

interface ChangesPageProps {
  searchParams: Promise<SearchParams>;
}

function first(params: SearchParams, key: string): string | null {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** A pinned view's "see what changed" link names its revision (rev=); without one, this is the log. */
const isPinned = (params: SearchParams) => params.rev !== undefined;

export async function generateMetadata({ searchParams }: ChangesPageProps): Promise<Metadata> {
  const params = await searchParams;
  if (isPinned(params)) {
    return {
      title: 'What changed',
      description: 'The figures of a pinned view that have been added, corrected or withdrawn since.',
      robots: { index: false },
    };
  }
  return {
    title: 'Corrections log',
    description: 'Every change to the data, newest first: who changed which figures, when and why.',
  };
}

/**
 * /changes: the public corrections log, or, from a pinned view's banner (?s=…&rev=N), what changed
 * since. No loading.tsx streams it: rendered whole, its feed's <link> goes into <head>, where feed
 * readers look for it (Next streams the metadata API's tags into <body>), and /changes/<rev> below
 * answers an unknown revision with a real 404.
 */
export default async function ChangesPage({ searchParams }: ChangesPageProps) {
  await connection();
  const params = await searchParams;
  if (isPinned(params)) return <PinnedChanges view={await loadChangesView(params)} />;
  const [view, origin] = await Promise.all([loadChangesLog(first(params, 's'), first(params, 'page')), siteOrigin()]);
  const feed = `${origin}${historyHref('/changes.atom', { series: view.query.series, page: 1 })}`;
  return (
    <>
      <link rel="alternate" type="application/atom+xml" href={feed} title={changesFeedTitle(view.series)} />
      <ChangesLog view={view} />
    </>
  );
}
