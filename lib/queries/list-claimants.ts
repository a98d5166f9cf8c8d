import { getPrisma } from '@/lib/db';
import type { ClaimantView } from '@/lib/figures/types';
import { visibleVersionsWhere } from './figure-rows';

export interface ClaimantListItem extends ClaimantView {
  /** Current figures attributed to this claimant. */
  figureCount: number;
}

/** Every claimant, ordered by organization then name, with its number of current figures. */
export async function listClaimants(): Promise<ClaimantListItem[]> {
  const rows = await getPrisma().claimant.findMany({
    // Merged-away names live on under their survivor.
    where: { mergedInto: { is: null } },
    orderBy: [{ organization: 'asc' }, { name: 'asc' }],
    include: { _count: { select: { versions: { where: visibleVersionsWhere() } } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    organization: row.organization,
    figureCount: row._count.versions,
  }));
}
