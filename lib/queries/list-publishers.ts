import { getPrisma } from '@/lib/db';
import type { PublisherView } from '@/lib/figures/types';

export interface PublisherListItem extends PublisherView {
  /** Current figures this publisher reported. */
  figureCount: number;
}

// Merged-away names live on under their survivor; the list and its count read the same rows.
const LISTED = { mergedInto: { is: null } };

/** Every publisher (or one page of them), by name, with its number of current figures. */
export async function listPublishers(page?: { limit: number; offset: number }): Promise<PublisherListItem[]> {
  return getPrisma().publisher.findMany({
    where: LISTED,
    // The id last, so that a page of the API ends at the same place every time it is read.
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    ...(page ? { skip: page.offset, take: page.limit } : {}),
    // The count every write keeps (lib/dataset/figure-counts.ts).
    select: { id: true, name: true, figureCount: true },
  });
}

/** How many publishers listPublishers lists. */
export async function countPublishers(): Promise<number> {
  return getPrisma().publisher.count({ where: LISTED });
}
