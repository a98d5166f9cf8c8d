// What a revision's page (/changes/<rev>) shows: the revision (author, reason, time, counts) and the
// figures it wrote, a page at a time, each with the version it replaced, optionally only those of
// some series (s=). Wrapped in React's cache, so the page and its metadata share one read.
import { cache } from 'react';
import type { SeriesView } from '@/lib/figures/types';
import type { HistoryQuery } from '@/lib/history/history-query';
import { getRevision } from '@/lib/queries/get-revision';
import { listRevisionChanges, type RevisionChange } from '@/lib/queries/list-revision-changes';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { parseRecordId } from '@/lib/queries/parse-record-id';
import type { RevisionSummary } from '@/lib/queries/revision-rows';
import { resolveHistoryQuery } from './changes-log';
import { readPage } from './read-page';

export const REVISION_PAGE_SIZE = 50;

export interface RevisionView {
  revision: RevisionSummary;
  query: HistoryQuery;
  /** The series the list is limited to; empty for every series. */
  filter: SeriesView[];
  notices: string[];
  /** Series by series, as the revision wrote them. */
  changes: RevisionChange[];
  /** The series the changes on this page belong to, for their units and kinds. */
  series: SeriesView[];
  total: number;
  pages: number;
}

/**
 * Null for a malformed or unknown revision. Takes the page's s= and page= as given (strings compare
 * by value, so the page and its metadata hit the same cache entry).
 */
export const loadRevisionView = cache(async (revParam: string, seriesParam: string | null, pageParam: string | null): Promise<RevisionView | null> => {
  const id = parseRecordId(revParam);
  if (id === null) return null;
  const [revision, resolved] = await Promise.all([getRevision(id), resolveHistoryQuery(seriesParam, pageParam)]);
  if (!revision) return null;
  const { query, series: filter, notices } = resolved;
  const scope = filter.length > 0 ? filter.map((s) => s.id) : null;
  const read = await readPage(
    query.page,
    REVISION_PAGE_SIZE,
    async (page) => {
      const { changes, total } = await listRevisionChanges(id, page, scope);
      return { items: changes, total };
    },
    'this revision’s list',
  );
  const series = await listSeriesBySlugs([...new Set(read.items.map((c) => c.figure.seriesSlug))]);
  return {
    revision,
    query: { ...query, page: read.page },
    filter,
    notices: read.notice ? [...notices, read.notice] : notices,
    changes: read.items,
    series,
    total: read.total,
    pages: read.pages,
  };
});
