import { getPrisma } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
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
      // The count every write keeps (lib/dataset/figure-counts.ts): nothing is counted here.
      select: { id: true, name: true, organization: true, figureCount: true },
    }),
    prisma.claimant.count({ where }),
  ]);
  return { items: rows, total };
}
