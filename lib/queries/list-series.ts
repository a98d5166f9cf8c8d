import { getPrisma } from '@/lib/db';
import type { SeriesView } from '@/lib/figures/types';
import { toSeriesView, visibleVersionsWhere } from './figure-rows';

export interface SeriesListItem extends SeriesView {
  /** Current figures only: superseded and retired versions are not counted. */
  figureCount: number;
}

/** Every series with its number of current figures, in topic order, in one query. */
export async function listSeries(): Promise<SeriesListItem[]> {
  const rows = await getPrisma().series.findMany({
    // Postgres sorts an enum by declaration order, which is the order topics are presented in.
    orderBy: [{ topic: 'asc' }, { id: 'asc' }],
    include: { _count: { select: { versions: { where: visibleVersionsWhere() } } } },
  });
  return rows.map((row) => ({ ...toSeriesView(row), figureCount: row._count.versions }));
}
