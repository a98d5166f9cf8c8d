import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

/** Deletes the counters whose window ended before `olderThan`; returns how many went. */
export async function pruneRateLimits(olderThan: Date, db: PrismaClient = getPrisma()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { windowStart: { lt: olderThan } } });
  return count;
}
