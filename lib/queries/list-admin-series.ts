// The curation list of series: the current ones, searched by title, slug or description (every word
// must match), one bounded page at a time, each with its version and number of current figures.
import type { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import type { SeriesView } from '@/lib/figures/types';
import { toSeriesView, visibleSeriesWhere } from './figure-rows';
import { searchWords } from './search-words';

export const ADMIN_SERIES_PAGE_SIZE = 50;

export interface AdminSeriesRow extends SeriesView {
  version: number;
  figureCount: number;
}

export async function listAdminSeries(request: { search?: string; page: number }): Promise<{ rows: AdminSeriesRow[]; total: number }> {
  const words = searchWords(request.search ?? '');
  const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });
  const where: Prisma.SeriesWhereInput = {
    AND: [visibleSeriesWhere(), ...words.map((word) => ({ OR: [{ title: contains(word) }, { slug: contains(word) }, { description: contains(word) }] }))],
  };
  const [rows, total] = await Promise.all([
    getPrisma().series.findMany({
      where,
      orderBy: [{ topic: 'asc' }, { id: 'asc' }],
      skip: (request.page - 1) * ADMIN_SERIES_PAGE_SIZE,
      take: ADMIN_SERIES_PAGE_SIZE,
      include: {
        history: { where: { validToRev: null }, select: { version: true } },
      },
    }),
    getPrisma().series.count({ where }),
  ]);
  return {
    // The count every write keeps (lib/dataset/figure-counts.ts).
    rows: rows.map((row) => ({ ...toSeriesView(row), version: row.history[0]?.version ?? 1, figureCount: row.figureCount })),
    total,
  };
}
