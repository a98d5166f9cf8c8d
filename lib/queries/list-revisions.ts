import { getPrisma } from '@/lib/db';
import { revisionInclude, toRevisionSummary, type RevisionSummary } from './revision-rows';

export interface RevisionList {
  revisions: RevisionSummary[];
  total: number;
}

/** Dataset revisions, newest first, each with how many figures it created, corrected and retired. */
export async function listRevisions(page: { limit: number; offset: number }): Promise<RevisionList> {
  const prisma = getPrisma();
  const [rows, total] = await Promise.all([
    prisma.datasetRevision.findMany({ include: revisionInclude, orderBy: { id: 'desc' }, take: page.limit, skip: page.offset }),
    prisma.datasetRevision.count(),
  ]);
  const counts = await prisma.figureVersion.groupBy({
    by: ['validFromRev', 'change'],
    where: { validFromRev: { in: rows.map((row) => row.id) } },
    _count: { _all: true },
  });
  return { revisions: rows.map((row) => toRevisionSummary(row, counts)), total };
}
