import { getPrisma } from '@/lib/db';
import type { PublisherView } from '@/lib/figures/types';
import { visibleVersionsWhere } from './figure-rows';

export interface PublisherListItem extends PublisherView {
  /** Current figures this publisher reported. */
  figureCount: number;
}

/** Every publisher, by name, with its number of current figures. */
export async function listPublishers(): Promise<PublisherListItem[]> {
  const rows = await getPrisma().publisher.findMany({
    // Merged-away names live on under their survivor.
    where: { mergedInto: { is: null } },
    orderBy: { name: 'asc' },
    include: { _count: { select: { versions: { where: visibleVersionsWhere() } } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, figureCount: row._count.versions }));
}
