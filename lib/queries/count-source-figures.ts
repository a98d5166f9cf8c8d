import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { getPrisma, readerFor } from '@/lib/db';
import { visibleVersionsSql } from './figure-rows';
import { sourceSql, type SourceRef } from './list-source-figures';

/**
 * How many figures name the source: for the latest data the count every write keeps
 * (lib/dataset/figure-counts.ts), so nothing is counted; for a pinned revision its visible versions,
 * counted from the source's index.
 */
export async function countSourceFigures(source: SourceRef, asOfRevision: number | null, db: PrismaClient = getPrisma()): Promise<number> {
  const reader = readerFor(db);
  if (asOfRevision === null) {
    const kept =
      'claimantId' in source
        ? await reader.claimant.findUnique({ where: { id: source.claimantId }, select: { figureCount: true } })
        : await reader.publisher.findUnique({ where: { id: source.publisherId }, select: { figureCount: true } });
    return kept?.figureCount ?? 0;
  }
  const rows = await reader.$queryRaw<{ total: bigint }[]>(Prisma.sql`
    SELECT count(*) AS total FROM figure_versions fv WHERE ${sourceSql(source)} AND ${visibleVersionsSql('fv', asOfRevision)}
  `);
  return Number(rows[0].total);
}
