import { getPrisma } from '@/lib/db';
import type { SeriesView } from '@/lib/figures/types';
import { toSeriesView, visibleSeriesWhere, visibleVersionsWhere } from './figure-rows';

export interface SeriesListItem extends SeriesView {
  /** Current figures only: superseded and retired versions are not counted. */
  figureCount: number;
}

export interface ListSeriesOptions {
  /** Count the figures as they stood at this dataset revision, leaving out series created after it or retired by then. */
  asOfRevision?: number;
  /** Only this stretch of the list (the API's pages), read as such rather than sliced from the whole. */
  page?: { limit: number; offset: number };
}

/**
 * Every series with its number of figures, in topic order, in one query: the count every write keeps
 * (lib/dataset/figure-counts.ts) for the latest data, the versions counted as of a pinned revision.
 */
export async function listSeries(options: ListSeriesOptions = {}): Promise<SeriesListItem[]> {
  const { asOfRevision, page } = options;
  const where = visibleSeriesWhere(asOfRevision);
  // Postgres sorts an enum by declaration order, which is the order topics are presented in.
  const orderBy = [{ topic: 'asc' as const }, { id: 'asc' as const }];
  const stretch: { skip?: number; take?: number } = page ? { skip: page.offset, take: page.limit } : {};
  if (asOfRevision === undefined) {
    const rows = await getPrisma().series.findMany({ where, orderBy, ...stretch });
    return rows.map((row) => ({ ...toSeriesView(row), figureCount: row.figureCount }));
  }
  const rows = await getPrisma().series.findMany({
    where,
    orderBy,
    ...stretch,
    include: { _count: { select: { versions: { where: visibleVersionsWhere(asOfRevision) } } } },
  });
  return rows.map((row) => ({ ...toSeriesView(row), figureCount: row._count.versions }));
}

/** How many series listSeries lists for the latest data. */
export async function countSeries(): Promise<number> {
  return getPrisma().series.count({ where: visibleSeriesWhere(undefined) });
}
