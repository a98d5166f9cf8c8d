import { getPrisma } from '@/lib/db';
import { visibleVersionsWhere } from './figure-rows';

/**
 * How many figures each of some series shows: now, the count every write keeps
 * (lib/dataset/figure-counts.ts); as of a revision, one grouped count over just their versions.
 * (Prisma's `_count` of a filtered relation groups the whole versions table before it joins: half a
 * second at a million figures, for a page of 100 series.)
 */
export async function countFiguresBySeries(seriesIds: readonly number[], asOfRevision?: number): Promise<Map<number, number>> {
  if (seriesIds.length === 0) return new Map();
  if (asOfRevision === undefined) {
    const kept = await getPrisma().series.findMany({ where: { id: { in: [...seriesIds] } }, select: { id: true, figureCount: true } });
    return new Map(kept.map((row) => [row.id, row.figureCount]));
  }
  const rows = await getPrisma().figureVersion.groupBy({
    by: ['seriesId'],
    where: { seriesId: { in: [...seriesIds] }, ...visibleVersionsWhere(asOfRevision) },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.seriesId, row._count._all]));
}
