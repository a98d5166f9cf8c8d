// Which dataset revision a request reads: the one pinned with rev=, checked to exist, or the latest.
import { getLatestRevision } from '@/lib/queries/get-latest-revision';
import { invalidParameter } from './errors';
import type { CachePolicy } from './responses';

export interface ResolvedRevision {
  /** The revision the data is as of. */
  revision: number;
  /** Passed to the queries: undefined reads the current versions. */
  asOfRevision: number | undefined;
  pinned: boolean;
  cache: CachePolicy;
}

/**
 * Any rev up to the latest reads well-defined data (a number skipped by a failed import reads as the
 * revision before it, and sequences never hand it out again). One after the latest is refused rather
 * than read as the latest: it would be cached as immutable and then show other data once written.
 */
export async function resolveRevision(rev: number | undefined): Promise<ResolvedRevision | null> {
  const latest = (await getLatestRevision())?.id ?? null;
  if (rev === undefined) {
    return latest === null ? null : { revision: latest, asOfRevision: undefined, pinned: false, cache: 'latest' };
  }
  if (latest === null || rev > latest) {
    const now = latest === null ? 'no revision has been written yet' : `the latest is ${latest}`;
    throw invalidParameter(`Invalid query: "rev=${rev}": there is no dataset revision ${rev} yet; ${now}.`);
  }
  return { revision: rev, asOfRevision: rev, pinned: true, cache: 'pinned' };
}
