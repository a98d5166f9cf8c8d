import { getPrisma } from '@/lib/db';
import type { PublisherView } from '@/lib/figures/types';

export interface PublisherListItem extends PublisherView {
  /** Current figures this publisher reported. */
  figureCount: number;
}

/** Every publisher, by name, with its number of current figures. */
export async function listPublishers(): Promise<PublisherListItem[]> {
  return getPrisma().publisher.findMany({
    // Merged-away names live on under their survivor.
    where: { mergedInto: { is: null } },
    orderBy: { name: 'asc' },
    // The count every write keeps (lib/dataset/figure-counts.ts).
    select: { id: true, name: true, figureCount: true },
  });
}
