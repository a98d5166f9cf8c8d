// "Download CSV of what's in view" for the explorer: the explorer's own URL state, read by the one
// parser the page uses (lib/view-state.ts), and its figures from the page's own query
// (getExplorerData), so the file holds exactly the figures the page shows, those it lists as not
// drawn included: the series of s= in their order, the range from/to, as of rev= (or the latest,
// which the permalink then pins). The state is read as every explorer answer reads it
// (explorer-request.ts). A view with more figures than one view reads says so in comment lines.
import { truncationNotice } from '@/lib/limits';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { serializeViewState } from '@/lib/view-state';
import { CSV_CONTENT_TYPE, csvHeaders, figuresCsv } from './csv';
import { readExplorerRequest } from './explorer-request';
import { siteOriginFor } from '@/lib/site-url';
import { cachedResponse } from './responses';

export async function explorerExportResponse(request: Request): Promise<Response> {
  const { state, series, range, revision } = await readExplorerRequest(new URL(request.url).searchParams);
  const { figures, truncated } = await getExplorerData({ series, range, asOfRevision: revision.asOfRevision ?? null });
  const position = new Map(state.series.map((slug, index) => [slug, index]));
  const inViewOrder = figures.toSorted(
    (a, b) => (position.get(a.seriesSlug) ?? 0) - (position.get(b.seriesSlug) ?? 0),
  );

  const permalink = `${siteOriginFor(request)}/explore?${serializeViewState({ ...state, rev: revision.revision })}`;
  const bySlug = new Map(series.map((s) => [s.slug, s]));
  const notes = truncated.map((t) => truncationNotice(t, bySlug.get(t.seriesSlug)?.title ?? t.seriesSlug));
  const body = figuresCsv({ permalink, revision: revision.revision, series: bySlug, figures: inViewOrder, notes });
  return cachedResponse(request, body, {
    cache: revision.cache,
    contentType: CSV_CONTENT_TYPE,
    headers: csvHeaders(`sourced-figures-rev${revision.revision}.csv`),
  });
}
