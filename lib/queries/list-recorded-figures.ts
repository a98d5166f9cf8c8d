import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import { partialDateFromDb, partialDateToIso } from '@/lib/figures/period';
import type { RecordedFigure } from '@/lib/extraction/types';
import { visibleVersionsWhere } from './figure-rows';

/** Every current figure as the extractor's already-recorded check reads it: claimant, value and period. */
export async function listRecordedFigures(db: PrismaClient = getPrisma()): Promise<RecordedFigure[]> {
  const rows = await db.figureVersion.findMany({
    where: visibleVersionsWhere(),
    select: {
      figureId: true,
      value: true,
      periodStart: true,
      periodStartPrecision: true,
      periodEnd: true,
      periodEndPrecision: true,
      series: { select: { slug: true } },
      claimant: { select: { name: true } },
    },
    orderBy: { figureId: 'asc' },
  });
  const iso = (date: Date | null, precision: Parameters<typeof partialDateFromDb>[1]) => {
    const partial = partialDateFromDb(date, precision);
    return partial ? partialDateToIso(partial) : null;
  };
  return rows.map((row) => ({
    figureId: row.figureId,
    seriesSlug: row.series.slug,
    value: row.value.toString(),
    claimant: row.claimant.name,
    periodStart: iso(row.periodStart, row.periodStartPrecision),
    periodEnd: iso(row.periodEnd, row.periodEndPrecision),
  }));
}
