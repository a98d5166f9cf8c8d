import { getPrisma } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import { visibleVersionsWhere } from './figure-rows';
import type { ClaimantListItem } from './list-claimants';

export interface SourcePageRequest {
  /** Only names (or, for claimants, organizations) containing this text, ignoring case; null for all. */
  text: string | null;
  limit: number;
  offset: number;
}

/** One page of claimants, by organization then name, each with its number of current figures, and how many match. */
export async function listClaimantPage({ text, limit, offset }: SourcePageRequest): Promise<{ items: ClaimantListItem[]; total: number }> {
  const prisma = getPrisma();
  // Merged-away names live on under their survivor.
  const where: Prisma.ClaimantWhereInput = {
    mergedInto: { is: null },
    ...(text ? { OR: [{ name: { contains: text, mode: 'insensitive' } }, { organization: { contains: text, mode: 'insensitive' } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.claimant.findMany({
      where,
      orderBy: [{ organization: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      take: limit,
      skip: offset,
    }),
    prisma.claimant.count({ where }),
  ]);
  // Counted over just this page's claimants: Prisma's `_count` would group the whole versions table first.
  const counts = await prisma.figureVersion.groupBy({
    by: ['claimantId'],
    where: { claimantId: { in: rows.map((row) => row.id) }, ...visibleVersionsWhere() },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((row) => [row.claimantId, row._count._all]));
  return {
    items: rows.map((row) => ({ id: row.id, name: row.name, organization: row.organization, figureCount: countOf.get(row.id) ?? 0 })),
    total,
  };
}
