import { getPrisma } from '@/lib/db';
import type { Topic } from '@/lib/figures/types';
import { visibleSeriesWhere, visibleVersionsWhere, toSeriesView } from './figure-rows';
import type { SeriesListItem } from './list-series';

export interface ListTopicSeriesOptions {
  asOfRevision?: number;
  limit: number;
  offset: number;
}

/** One page of a topic's series, in the dashboard's order, each with its number of current figures, and how many there are. */
export async function listTopicSeries(topic: Topic, { asOfRevision, limit, offset }: ListTopicSeriesOptions): Promise<{ items: SeriesListItem[]; total: number }> {
  const prisma = getPrisma();
  const where = { ...visibleSeriesWhere(asOfRevision), topic };
  const [rows, total] = await Promise.all([
    prisma.series.findMany({
      where,
      orderBy: { id: 'asc' },
      take: limit,
      skip: offset,
      include: { _count: { select: { versions: { where: visibleVersionsWhere(asOfRevision) } } } },
    }),
    prisma.series.count({ where }),
  ]);
  return { items: rows.map((row) => ({ ...toSeriesView(row), figureCount: row._count.versions })), total };
}
