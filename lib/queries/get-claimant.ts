import { getPrisma } from '@/lib/db';
import type { ClaimantView } from '@/lib/figures/types';

export async function getClaimant(id: number): Promise<ClaimantView | null> {
  return getPrisma().claimant.findUnique({
    where: { id },
    select: { id: true, name: true, organization: true },
  });
}
