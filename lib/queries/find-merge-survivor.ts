import { cache } from 'react';
import { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

/**
 * The claimant or publisher that took over this one's figures when the two were merged (following
 * later merges of the survivor too), or null when it was never merged: old links to a merged-away
 * page lead to the survivor.
 */
export const findMergeSurvivor = cache(async (kind: 'claimant' | 'publisher', id: number): Promise<number | null> => {
  const merges = kind === 'claimant' ? Prisma.sql`SELECT claimant_id AS id, into_id FROM claimant_merges` : Prisma.sql`SELECT publisher_id AS id, into_id FROM publisher_merges`;
  const rows = await getPrisma().$queryRaw<{ survivor: number | null }[]>(Prisma.sql`
    WITH RECURSIVE merges AS (${merges}),
    chain AS (
      SELECT into_id, 1 AS hops FROM merges WHERE id = ${id}
      UNION ALL
      SELECT m.into_id, c.hops + 1 FROM chain c JOIN merges m ON m.id = c.into_id WHERE c.hops < 100
    )
    SELECT (SELECT into_id FROM chain ORDER BY hops DESC LIMIT 1) AS survivor`);
  return rows[0]?.survivor ?? null;
});
