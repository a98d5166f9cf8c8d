// The series the dashboard leads with, chosen and ordered by an editor: a list written as a revision
// like any other, so a view pinned to a revision shows the headlines of that revision.
import type { Pool } from 'pg';
import { ConflictError, ValidationError } from '@/lib/dataset/errors';
import { emptyPlan } from '@/lib/dataset/plan';
import { readHeadlines, readSeriesState } from '@/lib/dataset/read-state';
import { writeDataset } from '@/lib/dataset/write';
import { wholeNumber, type Curation, type CurationResult } from './common';

/** The dashboard shows headline charts in a grid of two: more than a few buries the first. */
export const MAX_HEADLINES = 8;

export interface SetHeadlines extends Curation {
  /** The series, in the order the dashboard shows them. */
  slugs: unknown;
  /** The revision that set the list the editor started from (null: it was never set). */
  baseRevision: number | null;
}

function checkSlugs(slugs: unknown): string[] {
  if (!Array.isArray(slugs) || slugs.some((slug) => typeof slug !== 'string')) {
    throw new ValidationError([{ field: 'slugs', message: 'must be a list of series slugs' }]);
  }
  if (slugs.length > MAX_HEADLINES) throw new ValidationError([{ field: 'slugs', message: `has ${slugs.length} series; the dashboard leads with at most ${MAX_HEADLINES}` }]);
  const repeated = slugs.filter((slug, i) => slugs.indexOf(slug) !== i);
  if (repeated.length > 0) throw new ValidationError([{ field: 'slugs', message: `names ${repeated.map((s) => `"${s}"`).join(', ')} twice` }]);
  return slugs as string[];
}

export async function setHeadlines(pool: Pool, request: SetHeadlines): Promise<CurationResult & { slugs: string[] }> {
  const slugs = checkSlugs(request.slugs);
  if (request.baseRevision !== null) wholeNumber(request.baseRevision, 'baseRevision');
  const outcome = await writeDataset(pool, request, async (tx) => {
    const current = await readHeadlines(tx);
    if (current.revision !== request.baseRevision) {
      const base = request.baseRevision === null ? { slugs: [] } : await readHeadlines(tx, request.baseRevision);
      throw new ConflictError('headlines', 'dashboard', request.baseRevision ?? 0, current.revision ?? 0, current.slugs, [
        { field: 'slugs', from: base.slugs, to: current.slugs },
      ]);
    }
    const series = await readSeriesState(tx, slugs);
    const unusable = slugs.filter((slug) => !series.has(slug) || series.get(slug)?.retiredRev !== null);
    if (unusable.length > 0) {
      throw new ValidationError([{ field: 'slugs', message: `${unusable.map((s) => `"${s}"`).join(', ')} ${unusable.length === 1 ? 'is not a' : 'are not'} current series` }]);
    }
    const plan = emptyPlan();
    if (slugs.join('\n') !== current.slugs.join('\n')) plan.headlines = slugs;
    return { plan, result: null };
  });
  return { revision: outcome.revision, slugs };
}
