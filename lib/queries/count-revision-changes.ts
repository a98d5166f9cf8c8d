// How many figure versions each revision created, corrected and retired. A revision's counts never
// change once it is committed (its versions keep valid_from_rev and change; later revisions only close
// them with valid_to_rev), but counting them reads every version the revisions wrote: a million at
// bench size, 200 ms for the first page of /api/v1/revisions. So the counts over every series are
// kept in memory, per revision and its timestamp (a database restored with other revisions under the
// same numbers is never answered from memory), and only revisions not yet counted are read.
import { getPrisma } from '@/lib/db';
import { writtenVersionsWhere, type ChangeCountRow, type SeriesScope } from './revision-rows';

const counted = new Map<string, ChangeCountRow[]>();
/** Far more revisions than any page lists; past it the memory starts again. */
const MAX_REMEMBERED = 10_000;

const keyOf = (revision: { id: number; createdAt: Date }) => `${revision.id}@${revision.createdAt.getTime()}`;

export async function countRevisionChanges(revisions: readonly { id: number; createdAt: Date }[], scope: SeriesScope): Promise<ChangeCountRow[]> {
  const read = (ids: number[]) =>
    getPrisma().figureVersion.groupBy({ by: ['validFromRev', 'change'], where: writtenVersionsWhere(ids, scope), _count: { _all: true } });
  // Counts within some series are read each time: there are too many scopes to remember.
  if (scope !== null) return read(revisions.map((r) => r.id));
  const missing = revisions.filter((r) => !counted.has(keyOf(r)));
  const rows = missing.length > 0 ? await read(missing.map((r) => r.id)) : [];
  if (counted.size + missing.length > MAX_REMEMBERED) counted.clear();
  for (const revision of missing) {
    const own = rows.filter((row) => row.validFromRev === revision.id);
    // Nothing counted may be a revision that wrote only series, or a read that did not see its
    // versions yet; either way it is cheap to count again, so it is not remembered.
    if (own.length > 0) counted.set(keyOf(revision), own);
  }
  return revisions.flatMap((r) => counted.get(keyOf(r)) ?? rows.filter((row) => row.validFromRev === r.id));
}
