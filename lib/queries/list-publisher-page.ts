import { getPrisma } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
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
      // The count every write keeps (lib/dataset/figure-counts.ts): nothing is counted here.
      select: { id: true, name: true, figureCount: true },
    }),
    prisma.publisher.count({ where }),
  ]);
  return { items: rows, total };
}
