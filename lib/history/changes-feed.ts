// The corrections log as an Atom feed: the newest revisions, each linking to its page of changes.
// Links are absolute, from the site's address (lib/site-url.ts), as a feed is read away from the site.
import type { SeriesView } from '@/lib/figures/types';
import type { RevisionSummary } from '@/lib/queries/revision-rows';
import { formatRevisionTime } from '@/lib/share/revision-date';
import type { AtomFeed } from './atom';
import { historyHref } from './history-query';
import { describeRevisionCounts } from './revision-counts';

/** How many revisions the feed carries: readers poll it, and older ones stay on /changes. */
export const FEED_SIZE = 50;

export interface ChangesFeedInput {
  /** The site's origin, without a trailing slash. */
  origin: string;
  /** Newest first, at most FEED_SIZE. */
  revisions: RevisionSummary[];
  /** The series the feed is limited to; empty for all. */
  series: Pick<SeriesView, 'slug' | 'title'>[];
}

/** The feed's title, also given to the page's link to it. */
export function changesFeedTitle(series: Pick<SeriesView, 'title'>[]): string {
  return `Sourced Figures corrections log${series.length > 0 ? `: ${series.map((s) => s.title).join('; ')}` : ''}`;
}

export function changesFeed({ origin, revisions, series }: ChangesFeedInput): AtomFeed {
  const query = { series: series.map((s) => s.slug), page: 1 };
  const filtered = series.length > 0;
  return {
    id: `${origin}${historyHref('/changes', query)}`,
    title: changesFeedTitle(series),
    subtitle: 'Every dataset revision: who changed which figures, when, and why.',
    // A feed must say when it last changed; with no revision yet, nothing ever has.
    updated: revisions[0] ? new Date(revisions[0].createdAt) : new Date(0),
    author: 'Sourced Figures',
    links: [
      { rel: 'self', href: `${origin}${historyHref('/changes.atom', query)}`, type: 'application/atom+xml' },
      { rel: 'alternate', href: `${origin}${historyHref('/changes', query)}`, type: 'text/html' },
    ],
    entries: revisions.map((revision) => ({
      id: `${origin}/changes/${revision.id}`,
      title: `Revision ${revision.id}: ${revision.reason}`,
      updated: new Date(revision.createdAt),
      author: revision.author,
      link: `${origin}${historyHref(`/changes/${revision.id}`, query)}`,
      content: `${revision.reason}\n\n${describeRevisionCounts(revision.changes)}${filtered ? ' in the series of this feed' : ''}. By ${revision.author}, ${formatRevisionTime(revision.createdAt)}.`,
    })),
  };
}
