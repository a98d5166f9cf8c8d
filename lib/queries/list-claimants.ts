import { getPrisma } from '@/lib/db';
import type { ClaimantView } from '@/lib/figures/types';

export interface ClaimantListItem extends ClaimantView {
  /** Current figures attributed to this claimant. */
  figureCount: number;
}

// Merged-away names live on under their survivor; the list and its count read the same rows.
const LISTED = { mergedInto: { is: null } };

/** Every claimant (or one page of them), ordered by organization then name, with its number of current figures. */
export async function listClaimants(page?: { limit: number; offset: number }): Promise<ClaimantListItem[]> {
  return getPrisma().claimant.findMany({
    where: LISTED,
    // The id last, so that a page of the API ends at the same place every time it is read.
    orderBy: [{ organization: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    ...(page ? { skip: page.offset, take: page.limit } : {}),
    // The count every write keeps (lib/dataset/figure-counts.ts).
    select: { id: true, name: true, organization: true, figureCount: true },
  });
}

/** How many claimants listClaimants lists. */
export async function countClaimants(): Promise<number> {
  return getPrisma().claimant.count({ where: LISTED });
}
