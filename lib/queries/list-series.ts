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
}

/** Every series with its number of current figures, in topic order, in one query. */
export async function listSeries(options: ListSeriesOptions = {}): Promise<SeriesListItem[]> {
  const { asOfRevision } = options;
  const rows = await getPrisma().series.findMany({
    where: visibleSeriesWhere(asOfRevision),
    // Postgres sorts an enum by declaration order, which is the order topics are presented in.
    orderBy: [{ topic: 'asc' }, { id: 'asc' }],
    include: { _count: { select: { versions: { where: visibleVersionsWhere(asOfRevision) } } } },
  });
  return rows.map((row) => ({ ...toSeriesView(row), figureCount: row._count.versions }));
}
