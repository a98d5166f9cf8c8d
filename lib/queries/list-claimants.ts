import { getPrisma } from '@/lib/db';
import type { ClaimantView } from '@/lib/figures/types';

export interface ClaimantListItem extends ClaimantView {
  /** Current figures attributed to this claimant. */
  figureCount: number;
}

/** Every claimant, ordered by organization then name, with its number of current figures. */
export async function listClaimants(): Promise<ClaimantListItem[]> {
  return getPrisma().claimant.findMany({
    // Merged-away names live on under their survivor.
    where: { mergedInto: { is: null } },
    orderBy: [{ organization: 'asc' }, { name: 'asc' }],
    // The count every write keeps (lib/dataset/figure-counts.ts).
    select: { id: true, name: true, organization: true, figureCount: true },
  });
}
