import { getPrisma } from '@/lib/db';
import type { PublisherView } from '@/lib/figures/types';

export interface PublisherListItem extends PublisherView {
  /** Current figures this publisher reported. */
  figureCount: number;
}

/** Every publisher (or one page of them), by name, with its number of current figures. */
export async function listPublishers(page?: { limit: number; offset: number }): Promise<PublisherListItem[]> {
  return getPrisma().publisher.findMany({
    // Merged-away names live on under their survivor.
    where: { mergedInto: { is: null } },
    // The id last, so that a page of the API ends at the same place every time it is read.
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    ...(page ? { skip: page.offset, take: page.limit } : {}),
    // The count every write keeps (lib/dataset/figure-counts.ts).
    select: { id: true, name: true, figureCount: true },
  });
}

/** How many publishers listPublishers lists. */
export async function countPublishers(): Promise<number> {
  return getPrisma().publisher.count({ where: { mergedInto: { is: null } } });
}
