// Which dataset revision a page shows: the one its link pins with rev=, when that revision exists, or
// the latest. A pin to a revision that does not exist is ignored with a notice, never an error, like
// every other bad value in a link (lib/view-state.ts).
import { getDatasetRevision } from '@/lib/queries/get-dataset-revision';
import { getLatestRevision } from '@/lib/queries/get-latest-revision';

export interface ShownRevision {
  id: number;
  createdAt: Date;
  /** The newest revision; equal to `id` when the page shows the latest data. */
  latest: number;
  /** Whether the link pins this revision (rev=) rather than showing whatever is latest. */
  pinned: boolean;
}

export interface ResolvedShownRevision {
  /** Null before the first import. */
  revision: ShownRevision | null;
  notice: string | null;
}

/** Revision ids are 32-bit integers in the database; anything larger cannot exist. */
const MAX_REVISION = 2_147_483_647;

export async function resolveShownRevision(rev: number | null): Promise<ResolvedShownRevision> {
  let notice: string | null = null;
  if (rev !== null) {
    const pinned = rev <= MAX_REVISION ? await getDatasetRevision(rev) : null;
    if (pinned) return { revision: { id: pinned.id, createdAt: pinned.createdAt, latest: pinned.latest, pinned: true }, notice };
    notice = `Ignored rev="${rev}": there is no dataset revision ${rev}; showing the latest figures.`;
  }
  const latest = await getLatestRevision();
  return {
    revision: latest ? { id: latest.id, createdAt: latest.createdAt, latest: latest.id, pinned: false } : null,
    notice,
  };
}
