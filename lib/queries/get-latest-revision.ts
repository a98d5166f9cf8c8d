import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

/** The newest dataset revision and when it was written, or null before the first import: one indexed read. */
export async function getLatestRevision(db: PrismaClient = getPrisma()): Promise<{ id: number; createdAt: Date } | null> {
  return db.datasetRevision.findFirst({ orderBy: { id: 'desc' }, select: { id: true, createdAt: true } });
}
