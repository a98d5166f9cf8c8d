import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

export interface SeriesFacets {
  /** Claimant bodies, by name. */
  organizations: string[];
  publishers: { id: number; name: string }[];
}

/** What the explorer's picker can filter by: every claimant body and every publisher. */
export async function listSeriesFacets(db: PrismaClient = getPrisma()): Promise<SeriesFacets> {
  const [claimants, publishers] = await Promise.all([
    db.claimant.findMany({ where: { mergedInto: { is: null } }, distinct: ['organization'], select: { organization: true }, orderBy: { organization: 'asc' } }),
    db.publisher.findMany({ where: { mergedInto: { is: null } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { organizations: claimants.map((c) => c.organization), publishers };
}
