// The explorer's URL state as the API reads it, for the CSV export (explorer-export.ts): read by the
// one parser the page uses (lib/view-state.ts), strictly. A state the page would show with notices is
// refused here with those notices, since an answer without a page cannot show them.
import type { DateRange } from '@/lib/figures/explorer-range';
import type { SeriesView } from '@/lib/figures/types';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { parseViewState, requestedSeries, type ViewState } from '@/lib/view-state';
import { invalidParameter } from './errors';
import { resolveRevision, type ResolvedRevision } from './revision';

export interface ExplorerRequest {
  state: ViewState;
  /** The series of s=, in their order. */
  series: SeriesView[];
  range: DateRange;
  /** rev=, checked to exist, or the latest. */
  revision: ResolvedRevision;
}

export async function readExplorerRequest(params: URLSearchParams): Promise<ExplorerRequest> {
  const found = await listSeriesBySlugs(requestedSeries(params));
  const { state, notices } = parseViewState(params, new Set(found.map((s) => s.slug)));
  if (notices.length > 0) throw invalidParameter(`Invalid explorer state: ${notices.join(' ')}`);
  if (state.series.length === 0) {
    throw invalidParameter('Invalid query: "s" names no series; give the series in view, e.g. s=troops-deployed,troop-casualties.');
  }
  const revision = await resolveRevision(state.rev ?? undefined);
  if (!revision) throw invalidParameter('There is no data yet: no dataset revision has been written.');
  const bySlug = new Map(found.map((s) => [s.slug, s]));
  return {
    state,
    series: state.series.map((slug) => bySlug.get(slug) as SeriesView),
    range: { from: state.from, to: state.to },
    revision,
  };
}
