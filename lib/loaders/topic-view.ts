// What a topic's page (/topics/<topic>) shows: one page of its series, as of the revision the link
// pins (or the latest). An unknown topic is null (the page answers 404); a page= that is not a page
// number, or past the last page, is shown as page 1 or the last page with a notice.
import { cache } from 'react';
import { TOPICS, type Topic } from '@/lib/figures/types';
import { SERIES_PER_TOPIC_PAGE } from '@/lib/limits';
import type { SeriesListItem } from '@/lib/queries/list-series';
import { listTopicSeries } from '@/lib/queries/list-topic-series';
import { resolveShownRevision, type ShownRevision } from '@/lib/share/shown-revision';
import { parsePageParam } from './page-param';
import { readPage } from './read-page';

export interface TopicPageView {
  topic: Topic;
  series: SeriesListItem[];
  /** Series the topic has in all. */
  total: number;
  page: number;
  pages: number;
  /** Position of the first series on the page, 1-based. */
  first: number;
  revision: ShownRevision | null;
  notices: string[];
}

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** Takes the page= as given (strings compare by value), so the page and its metadata share one read. */
export const loadTopicView = cache(async (topic: string, rev: number | null, pageRaw: string | undefined): Promise<TopicPageView | null> => {
  if (!isTopic(topic)) return null;
  const resolved = await resolveShownRevision(rev);
  const asked = parsePageParam({ page: pageRaw });
  const pinned = resolved.revision?.pinned ? resolved.revision.id : undefined;
  const read = await readPage(asked.page, SERIES_PER_TOPIC_PAGE, (page) => listTopicSeries(topic, { ...page, asOfRevision: pinned }), `the topic ${topic}`);
  const notices = [resolved.notice, asked.notice, read.notice].filter((n): n is string => n !== null);
  return {
    topic,
    series: read.items,
    total: read.total,
    page: read.page,
    pages: read.pages,
    first: read.first,
    revision: resolved.revision,
    notices,
  };
});
