import { cache } from 'react';
import { getPrisma } from '@/lib/db';
import type { ClaimantView } from '@/lib/figures/types';
import { parseRecordId } from './parse-record-id';

/**
 * The claimant a page's [id] segment names, or null for a malformed or unknown id. Read once per
 * request, though the layout, the metadata and the page all ask.
 */
export const getClaimant = cache(async (idParam: string): Promise<ClaimantView | null> => {
  const id = parseRecordId(idParam);
  if (id === null) return null;
  return getPrisma().claimant.findUnique({ where: { id }, select: { id: true, name: true, organization: true } });
});
