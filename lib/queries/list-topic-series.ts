import { getPrisma } from '@/lib/db';
import type { Topic } from '@/lib/figures/types';
import { countFiguresBySeries } from './count-figures-by-series';
import { toSeriesView, visibleSeriesWhere } from './figure-rows';
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
  const [rows, total] = await Promise.all([prisma.series.findMany({ where, orderBy: { id: 'asc' }, take: limit, skip: offset }), prisma.series.count({ where })]);
  const counts = await countFiguresBySeries(rows.map((row) => row.id), asOfRevision);
  return { items: rows.map((row) => ({ ...toSeriesView(row), figureCount: counts.get(row.id) ?? 0 })), total };
}
