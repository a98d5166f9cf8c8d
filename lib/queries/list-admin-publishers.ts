// The curation list of publishers that stand on their own (merged-away names live on under their
// survivor), searched by name (every word must match), one bounded page at a time, each with how
// many current figures cite it.
import type { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import { ADMIN_SOURCES_PAGE_SIZE } from './list-admin-claimants';
import type { PublisherListItem } from './list-publishers';
import { searchWords } from './search-words';

export async function listAdminPublishers(request: { search?: string; page: number }): Promise<{ rows: PublisherListItem[]; total: number }> {
  const words = searchWords(request.search ?? '');
  const where: Prisma.PublisherWhereInput = {
    AND: [{ mergedInto: { is: null } }, ...words.map((word) => ({ name: { contains: word, mode: 'insensitive' as const } }))],
  };
  const [rows, total] = await Promise.all([
    getPrisma().publisher.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip: (request.page - 1) * ADMIN_SOURCES_PAGE_SIZE,
      take: ADMIN_SOURCES_PAGE_SIZE,
      // The count every write keeps (lib/dataset/figure-counts.ts).
      select: { id: true, name: true, figureCount: true },
    }),
    getPrisma().publisher.count({ where }),
  ]);
  return { rows, total };
}
