import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

/** Milliseconds the database took to answer a trivial query; throws when it does not answer. */
export async function pingDatabase(db: PrismaClient = getPrisma()): Promise<number> {
  const started = performance.now();
  await db.$queryRaw`SELECT 1`;
  return performance.now() - started;
}
