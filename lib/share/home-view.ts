// What the dashboard shows, for the page and its metadata alike: the headline series and the index of
// all series, as of the revision the link pins (or the latest), with the count of headline figures
// changed since for a pinned link.
import { cache } from 'react';
import { countChangedSince } from '@/lib/queries/count-changed-since';
import { getHeadlineData, type HeadlineSeries } from '@/lib/queries/get-headline-data';
import { listSeries, type SeriesListItem } from '@/lib/queries/list-series';
import { resolveShownRevision, type ShownRevision } from './shown-revision';

export interface HomePageView {
  headlines: HeadlineSeries[];
  series: SeriesListItem[];
  revision: ShownRevision | null;
  notices: string[];
  /** For a pinned link, how many headline figures differ in the latest data. */
  changedSince: number | null;
}

export const loadHomeView = cache(async (rev: number | null): Promise<HomePageView> => {
  const resolved = await resolveShownRevision(rev);
  const pinned = resolved.revision?.pinned ? resolved.revision.id : undefined;
  const [headlines, series] = await Promise.all([getHeadlineData({ asOfRevision: pinned }), listSeries({ asOfRevision: pinned })]);
  const changedSince = pinned === undefined ? null : await countChangedSince({ seriesSlugs: headlines.map((h) => h.series.slug), rev: pinned });
  return { headlines, series, revision: resolved.revision, notices: resolved.notice ? [resolved.notice] : [], changedSince };
});
