import { getPrisma } from '@/lib/db';
import { TOPICS, type Topic } from '@/lib/figures/types';
import { countFiguresBySeries } from './count-figures-by-series';
import { toSeriesView, visibleSeriesWhere } from './figure-rows';
import type { SeriesListItem } from './list-series';

export interface TopicGroup {
  topic: Topic;
  /** The first series of the topic, in the order the topic page lists them. */
  series: SeriesListItem[];
  /** How many series the topic has in all. */
  total: number;
}

export interface ListTopicGroupsOptions {
  /** The series as they stood at this dataset revision. */
  asOfRevision?: number;
  /** Series read per topic. */
  perTopic: number;
}

/**
 * Every topic that has series, with its first few and how many it has: what the dashboard lists,
 * bounded however many series there are. One count query and one read per topic (the topics are fixed),
 * then one count of the figures of the series read.
 */
export async function listTopicGroups({ asOfRevision, perTopic }: ListTopicGroupsOptions): Promise<TopicGroup[]> {
  const prisma = getPrisma();
  const where = visibleSeriesWhere(asOfRevision);
  const [counts, ...firsts] = await Promise.all([
    prisma.series.groupBy({ by: ['topic'], where, _count: { _all: true } }),
    ...TOPICS.map((topic) =>
      prisma.series.findMany({
        where: { ...where, topic },
        orderBy: { id: 'asc' },
        take: perTopic,
      }),
    ),
  ]);
  const totals = new Map(counts.map((row) => [row.topic, row._count._all]));
  const figures = await countFiguresBySeries(firsts.flat().map((row) => row.id), asOfRevision);
  return TOPICS.map((topic, index) => ({
    topic,
    series: firsts[index].map((row) => ({ ...toSeriesView(row), figureCount: figures.get(row.id) ?? 0 })),
    total: totals.get(topic) ?? 0,
  })).filter((group) => group.total > 0);
}
