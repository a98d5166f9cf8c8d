// What the public corrections log (/changes without rev=) shows: every dataset revision, newest
// first, a page at a time, each with its author, reason and counts; optionally only the revisions
// that touched some series (s=), counted within those series.
import { cache } from 'react';
import type { SeriesView } from '@/lib/figures/types';
import { parseHistoryQuery, requestedHistorySeries, type HistoryQuery } from '@/lib/history/history-query';
import { listRevisions } from '@/lib/queries/list-revisions';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import type { RevisionSummary } from '@/lib/queries/revision-rows';
import { readPage } from './read-page';

export const LOG_PAGE_SIZE = 25;

export interface ChangesLogView {
  query: HistoryQuery;
  /** The series the log is limited to; empty for every series. */
  series: SeriesView[];
  notices: string[];
  revisions: RevisionSummary[];
  total: number;
  pages: number;
}

/**
 * The series a history page is limited to, and the query as read from its s= and page= (null when
 * absent), with why any of it was ignored.
 */
export async function resolveHistoryQuery(
  seriesParam: string | null,
  pageParam: string | null,
): Promise<{ query: HistoryQuery; series: SeriesView[]; notices: string[]; unknownSeries: string[] }> {
  const params: Record<string, string> = {};
  if (seriesParam !== null) params.s = seriesParam;
  if (pageParam !== null) params.page = pageParam;
  const found = await listSeriesBySlugs(requestedHistorySeries(params));
  const { query, notices, unknownSeries } = parseHistoryQuery(params, new Set(found.map((s) => s.slug)));
  const bySlug = new Map(found.map((s) => [s.slug, s]));
  return { query, series: query.series.flatMap((slug) => bySlug.get(slug) ?? []), notices, unknownSeries };
}

/**
 * Takes the page's s= and page= as given: strings compare by value, so the page and its metadata
 * (which links the feed of the same series) share one read through React's cache.
 */
export const loadChangesLog = cache(async (seriesParam: string | null, pageParam: string | null): Promise<ChangesLogView> => {
  const { query, series, notices } = await resolveHistoryQuery(seriesParam, pageParam);
  const scope = series.length > 0 ? series.map((s) => s.id) : null;
  const read = await readPage(
    query.page,
    LOG_PAGE_SIZE,
    async (page) => {
      const { revisions, total } = await listRevisions(page, scope);
      return { items: revisions, total };
    },
    'the log',
  );
  return {
    query: { ...query, page: read.page },
    series,
    notices: read.notice ? [...notices, read.notice] : notices,
    revisions: read.items,
    total: read.total,
    pages: read.pages,
  };
});
