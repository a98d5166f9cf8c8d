// What the dashboard shows, for the page and its metadata alike: the headline series and, by topic,
// the first few series of each with how many the topic has (the rest are on the topic's pages, so
// the page stays small however many series there are), as of the revision the link pins (or the
// latest), with the count of headline figures changed since for a pinned link.
import { cache } from 'react';
import { SERIES_PER_TOPIC_ON_HOME } from '@/lib/limits';
import { countChangedSince } from '@/lib/queries/count-changed-since';
import { getHeadlineData, type HeadlineSeries } from '@/lib/queries/get-headline-data';
import { listTopicGroups, type TopicGroup } from '@/lib/queries/list-topic-groups';
import { resolveShownRevision, type ShownRevision } from './shown-revision';

export interface HomePageView {
  headlines: HeadlineSeries[];
  topics: TopicGroup[];
  revision: ShownRevision | null;
  notices: string[];
  /** For a pinned link, how many headline figures differ in the latest data. */
  changedSince: number | null;
}

export const loadHomeView = cache(async (rev: number | null): Promise<HomePageView> => {
  const resolved = await resolveShownRevision(rev);
  const pinned = resolved.revision?.pinned ? resolved.revision.id : undefined;
  const [headlines, topics] = await Promise.all([
    getHeadlineData({ asOfRevision: pinned }),
    listTopicGroups({ asOfRevision: pinned, perTopic: SERIES_PER_TOPIC_ON_HOME }),
  ]);
  const changedSince = pinned === undefined ? null : await countChangedSince({ seriesSlugs: headlines.map((h) => h.series.slug), rev: pinned });
  return { headlines, topics, revision: resolved.revision, notices: resolved.notice ? [resolved.notice] : [], changedSince };
});
