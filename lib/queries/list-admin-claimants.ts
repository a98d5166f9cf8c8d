// The curation list of claimants that stand on their own (merged-away names live on under their
// survivor), searched by name or body (every word must match), one bounded page at a time, each
// with how many current figures cite it.
import type { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import type { ClaimantListItem } from './list-claimants';
import { searchWords } from './search-words';

export const ADMIN_SOURCES_PAGE_SIZE = 50;

export async function listAdminClaimants(request: { search?: string; page: number }): Promise<{ rows: ClaimantListItem[]; total: number }> {
  const words = searchWords(request.search ?? '');
  const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });
  const where: Prisma.ClaimantWhereInput = {
    AND: [{ mergedInto: { is: null } }, ...words.map((word) => ({ OR: [{ name: contains(word) }, { organization: contains(word) }] }))],
  };
  const [rows, total] = await Promise.all([
    getPrisma().claimant.findMany({
      where,
      orderBy: [{ organization: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      skip: (request.page - 1) * ADMIN_SOURCES_PAGE_SIZE,
      take: ADMIN_SOURCES_PAGE_SIZE,
      // The count every write keeps (lib/dataset/figure-counts.ts).
      select: { id: true, name: true, organization: true, figureCount: true },
    }),
    getPrisma().claimant.count({ where }),
  ]);
  return { rows, total };
}
