import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import type { SeriesView, Topic } from '@/lib/figures/types';
import { toSeriesView, visibleSeriesWhere, visibleVersionsWhere } from './figure-rows';
import { searchWords } from './search-words';

export interface SeriesSearch {
  /** Words to find in the title, slug or description; every word must match. */
  text: string;
  topic: Topic | null;
  /** Series with a current figure attributed to this claimant body. */
  organization: string | null;
  /** Series with a current figure published by this outlet. */
  publisherId: number | null;
  limit: number;
}

export interface SeriesOption extends SeriesView {
  figureCount: number;
}

export interface SeriesSearchResult {
  series: SeriesOption[];
  /** How many series match in all, of which `series` holds the first `limit`. */
  total: number;
}

/** Series for the explorer's picker, in topic order, with their number of current figures. */
export async function searchSeries(search: SeriesSearch, db: PrismaClient = getPrisma()): Promise<SeriesSearchResult> {
  const words = searchWords(search.text);
  const where: Prisma.SeriesWhereInput = {
    AND: [
      visibleSeriesWhere(),
      ...words.map((word) => ({
        OR: [
          { title: { contains: word, mode: 'insensitive' as const } },
          { slug: { contains: word.toLowerCase() } },
          { description: { contains: word, mode: 'insensitive' as const } },
        ],
      })),
      ...(search.topic ? [{ topic: search.topic }] : []),
      ...(search.organization
        ? [{ versions: { some: { ...visibleVersionsWhere(), claimant: { organization: search.organization } } } }]
        : []),
      ...(search.publisherId ? [{ versions: { some: { ...visibleVersionsWhere(), publisherId: search.publisherId } } }] : []),
    ],
  };
  const [rows, total] = await Promise.all([
    db.series.findMany({
      where,
      orderBy: [{ topic: 'asc' }, { id: 'asc' }],
      take: search.limit,
    }),
    db.series.count({ where }),
  ]);
  // The count every write keeps (lib/dataset/figure-counts.ts).
  return { series: rows.map((row) => ({ ...toSeriesView(row), figureCount: row.figureCount })), total };
}
