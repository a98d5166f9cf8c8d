import { Prisma } from '@/generated/prisma/client';
import { getPrisma, readerFor } from '@/lib/db';
import { visibleVersionsSql } from './figure-rows';

export interface CountChangedSinceInput {
  seriesSlugs: readonly string[];
  /** The revision a pinned view shows. */
  rev: number;
}

/**
 * How many figures of these series a reader of the latest data sees differently from a reader of
 * revision `rev`: added since, corrected since, or retired since. A figure shown as of `rev` by one
 * version and now by another counts once; one added and retired again after `rev` does not count.
 * For the banner of a pinned view ("N figures in this view changed since").
 */
export async function countChangedSince({ seriesSlugs, rev }: CountChangedSinceInput): Promise<number> {
  if (seriesSlugs.length === 0) return 0;
  const rows = await readerFor(getPrisma()).$queryRaw<{ changed: bigint }[]>(Prisma.sql`
    SELECT count(*) AS changed
    FROM figures f
    JOIN series s ON s.id = f.series_id
    WHERE s.slug IN (${Prisma.join(seriesSlugs)})
      -- only figures written to after rev can differ; the index on valid_from_rev finds them
      AND EXISTS (SELECT 1 FROM figure_versions w WHERE w.figure_id = f.id AND w.valid_from_rev > ${rev})
      AND (
        SELECT v.id FROM figure_versions v WHERE v.figure_id = f.id AND ${visibleVersionsSql('v', null)}
      ) IS DISTINCT FROM (
        SELECT v.id FROM figure_versions v WHERE v.figure_id = f.id AND ${visibleVersionsSql('v', rev)}
      )
  `);
  return Number(rows[0]?.changed ?? 0);
}
