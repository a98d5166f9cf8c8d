import { getPrisma } from '@/lib/db';
import { writtenVersionsWhere, revisionInclude, toRevisionSummary, type RevisionSummary } from './revision-rows';

/** One dataset revision with how many figures it created, corrected and retired. */
export async function getRevision(id: number): Promise<RevisionSummary | null> {
  const prisma = getPrisma();
  const row = await prisma.datasetRevision.findUnique({ where: { id }, include: revisionInclude });
  if (!row) return null;
  const counts = await prisma.figureVersion.groupBy({
    by: ['validFromRev', 'change'],
    where: writtenVersionsWhere([id], null),
    _count: { _all: true },
  });
  return toRevisionSummary(row, counts);
}
