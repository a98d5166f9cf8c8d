import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

export interface DatasetRevisionView {
  id: number;
  createdAt: Date;
  author: string;
  reason: string;
  /** The newest revision, to tell a pinned view how far behind it is. */
  latest: number;
}

/** A dataset revision and the number of the newest one, or null when there is no such revision. */
export async function getDatasetRevision(id: number, db: PrismaClient = getPrisma()): Promise<DatasetRevisionView | null> {
  const [revision, latest] = await Promise.all([
    db.datasetRevision.findUnique({ where: { id }, select: { id: true, createdAt: true, author: true, reason: true } }),
    db.datasetRevision.aggregate({ _max: { id: true } }),
  ]);
  return revision ? { ...revision, latest: latest._max.id ?? revision.id } : null;
}
