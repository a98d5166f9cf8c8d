import { getPrisma } from '@/lib/db';
import { countRevisionChanges } from './count-revision-changes';
import {
  revisionIncludeFor,
  revisionScopeWhere,
  toRevisionSummary,
  type RevisionSummary,
  type SeriesScope,
} from './revision-rows';

export interface RevisionList {
  revisions: RevisionSummary[];
  total: number;
}

/**
 * Dataset revisions, newest first, each with how many figures it created, corrected and retired.
 * Scoped to some series, it lists the revisions that touched them and counts only their figures.
 */
export async function listRevisions(page: { limit: number; offset: number }, scope: SeriesScope = null): Promise<RevisionList> {
  const prisma = getPrisma();
  const where = revisionScopeWhere(scope);
  const [rows, total] = await Promise.all([
    prisma.datasetRevision.findMany({ where, include: revisionIncludeFor(scope), orderBy: { id: 'desc' }, take: page.limit, skip: page.offset }),
    prisma.datasetRevision.count({ where }),
  ]);
  const counts = await countRevisionChanges(rows, scope);
  return { revisions: rows.map((row) => toRevisionSummary(row, counts)), total };
}
