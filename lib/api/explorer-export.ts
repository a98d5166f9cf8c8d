// "Download CSV of what's in view" for the explorer: the explorer's own URL state, read by the one
// parser the page uses (lib/view-state.ts), and its figures from the page's own query
// (getExplorerData), so the file holds exactly the figures the page shows, those it lists as not
// drawn included: the series of s= in their order, the range from/to, as of rev= (or the latest,
// which the permalink then pins). A state the page would show with notices is refused here with
// those notices, since a download cannot show them.
import type { SeriesView } from '@/lib/figures/types';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listSeries } from '@/lib/queries/list-series';
import { parseViewState, serializeViewState } from '@/lib/view-state';
import { CSV_CONTENT_TYPE, csvHeaders, figuresCsv } from './csv';
import { invalidParameter } from './errors';
import { siteOriginFor } from '@/lib/site-url';
import { cachedResponse } from './responses';
import { resolveRevision } from './revision';

export async function explorerExportResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const allSeries = await listSeries();
  const bySlug = new Map<string, SeriesView>(allSeries.map((s) => [s.slug, s]));
  const { state, notices } = parseViewState(url.searchParams, new Set(bySlug.keys()));
  if (notices.length > 0) throw invalidParameter(`Invalid explorer state: ${notices.join(' ')}`);
  if (state.series.length === 0) {
    throw invalidParameter('Invalid query: "s" names no series; give the series in view, e.g. s=troops-deployed,troop-casualties.');
  }
  const revision = await resolveRevision(state.rev ?? undefined);
  if (!revision) throw invalidParameter('There is no data yet: no dataset revision has been written.');

  const selected = state.series.map((slug) => bySlug.get(slug) as SeriesView);
  const figures = await getExplorerData({
    series: selected,
    range: { from: state.from, to: state.to },
    asOfRevision: revision.asOfRevision ?? null,
  });
  const position = new Map(state.series.map((slug, index) => [slug, index]));
  const inViewOrder = figures.toSorted(
    (a, b) => (position.get(a.seriesSlug) ?? 0) - (position.get(b.seriesSlug) ?? 0),
  );

  const permalink = `${siteOriginFor(request)}/explore?${serializeViewState({ ...state, rev: revision.revision })}`;
  const body = figuresCsv({ permalink, revision: revision.revision, series: bySlug, figures: inViewOrder });
  return cachedResponse(request, body, {
    cache: revision.cache,
    contentType: CSV_CONTENT_TYPE,
    headers: csvHeaders(`sourced-figures-rev${revision.revision}.csv`),
  });
}
