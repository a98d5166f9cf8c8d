import { getPrisma } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import { visibleVersionsWhere } from './figure-rows';
import type { SourcePageRequest } from './list-claimant-page';
import type { PublisherListItem } from './list-publishers';

/** One page of publishers, by name, each with its number of current figures, and how many match. */
export async function listPublisherPage({ text, limit, offset }: SourcePageRequest): Promise<{ items: PublisherListItem[]; total: number }> {
  const prisma = getPrisma();
  // Merged-away names live on under their survivor.
  const where: Prisma.PublisherWhereInput = { mergedInto: { is: null }, ...(text ? { name: { contains: text, mode: 'insensitive' } } : {}) };
  const [rows, total] = await Promise.all([
    prisma.publisher.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: limit,
      skip: offset,
      include: { _count: { select: { versions: { where: visibleVersionsWhere() } } } },
    }),
    prisma.publisher.count({ where }),
  ]);
  return { items: rows.map((row) => ({ id: row.id, name: row.name, figureCount: row._count.versions })), total };
}
