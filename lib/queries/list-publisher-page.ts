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
    }),
    prisma.publisher.count({ where }),
  ]);
  // Counted over just this page's publishers: Prisma's `_count` would group the whole versions table first.
  const counts = await prisma.figureVersion.groupBy({
    by: ['publisherId'],
    where: { publisherId: { in: rows.map((row) => row.id) }, ...visibleVersionsWhere() },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((row) => [row.publisherId, row._count._all]));
  return { items: rows.map((row) => ({ id: row.id, name: row.name, figureCount: countOf.get(row.id) ?? 0 })), total };
}
