// What /changes shows: for the series of a pinned view, every figure the latest data shows differently
// from the pinned revision, and the revisions written since, with their authors and reasons. The
// state comes in the explorer's URL format (s=, rev=); a date range in it does not narrow the list,
// just as it does not narrow the count on the pinned view's banner.
import type { SeriesView } from '@/lib/figures/types';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listRevisionsAfter, type RevisionNote } from '@/lib/queries/list-revisions-after';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { parseViewState, requestedSeries, type RawParams } from '@/lib/view-state';
import { resolveShownRevision, type ShownRevision } from '@/lib/share/shown-revision';
import { diffFigures, type ViewChange } from '@/lib/share/view-changes';

export interface ChangesView {
  series: SeriesView[];
  /** The pinned revision the changes are counted from; null when the link names none that exists. */
  revision: ShownRevision | null;
  notices: string[];
  changes: ViewChange[];
  /** Revisions written since, oldest first. */
  revisions: RevisionNote[];
}

const ALL_DATES = { from: null, to: null };

export async function loadChangesView(params: RawParams): Promise<ChangesView> {
  const found = await listSeriesBySlugs(requestedSeries(params));
  const parsed = parseViewState(params, new Set(found.map((s) => s.slug)));
  const notices = parsed.notices.filter((notice) => !/^Ignored unknown parameter/.test(notice));
  const bySlug = new Map(found.map((s) => [s.slug, s]));
  const series = parsed.state.series.flatMap((slug) => bySlug.get(slug) ?? []);
  const empty = { series, revision: null, changes: [], revisions: [] };
  if (parsed.state.rev === null) {
    return { ...empty, notices: [...notices, 'This page lists what changed since a pinned revision, and this link names none (rev=).'] };
  }
  const resolved = await resolveShownRevision(parsed.state.rev);
  if (!resolved.revision?.pinned) return { ...empty, notices: [...notices, ...(resolved.notice ? [resolved.notice] : [])] };
  const rev = resolved.revision.id;
  const [before, after, revisions] = await Promise.all([
    getExplorerData({ series, range: ALL_DATES, asOfRevision: rev }),
    getExplorerData({ series, range: ALL_DATES, asOfRevision: null }),
    listRevisionsAfter(rev),
  ]);
  // A series compared on its latest figures only may have older ones that changed unlisted.
  const cut = [...before.truncated, ...after.truncated];
  const partial = [...new Set(cut.map((t) => t.seriesSlug))].map(
    (slug) => `“${bySlug.get(slug)?.title ?? slug}” has more figures than this page compares; only changes among its latest ${cut[0].shown} are listed.`,
  );
  return { series, revision: resolved.revision, notices: [...notices, ...partial], changes: diffFigures(before.figures, after.figures), revisions };
}
