import { getPrisma } from '@/lib/db';

export interface RevisionNote {
  id: number;
  createdAt: Date;
  author: string;
  reason: string;
}

/** The dataset revisions written after `revision`, oldest first, at most `limit`. */
export async function listRevisionsAfter(revision: number, limit = 100): Promise<RevisionNote[]> {
  return getPrisma().datasetRevision.findMany({
    where: { id: { gt: revision } },
    orderBy: { id: 'asc' },
    take: limit,
    select: { id: true, createdAt: true, author: true, reason: true },
  });
}
