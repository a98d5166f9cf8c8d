// The figures and events of one explorer view, for the page's browser code to draw (components/
// explorer/explorer-figures.tsx): the explorer's own state (s=, from=, to=, rev=), read by the one
// parser the page uses, and the explorer's own queries, the figures packed (lib/figures/
// explorer-wire.ts). The page always names the revision it shows, so an answer never changes and may
// be cached for good.
import { apiRoute } from '@/lib/api/route';
import { invalidParameter } from '@/lib/api/errors';
import { jsonResponse } from '@/lib/api/responses';
import { resolveRevision } from '@/lib/api/revision';
import { packFigures } from '@/lib/figures/explorer-wire';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listEvents } from '@/lib/queries/list-events';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { parseViewState, requestedSeries } from '@/lib/view-state';

export const GET = apiRoute(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const series = await listSeriesBySlugs(requestedSeries(params));
  const { state, notices } = parseViewState(params, new Set(series.map((s) => s.slug)));
  if (notices.length > 0) throw invalidParameter(`Invalid explorer state: ${notices.join(' ')}`);
  if (state.series.length === 0) throw invalidParameter('Invalid query: "s" names no series, e.g. s=troops-deployed,troop-casualties.');
  const revision = await resolveRevision(state.rev ?? undefined);
  if (!revision) throw invalidParameter('There is no data yet: no dataset revision has been written.');

  const chosen = state.series.flatMap((slug) => series.find((s) => s.slug === slug) ?? []);
  const range = { from: state.from, to: state.to };
  const asOfRevision = revision.asOfRevision ?? null;
  const [figures, events] = await Promise.all([
    getExplorerData({ series: chosen, range, asOfRevision }),
    listEvents({ topics: [...new Set(chosen.map((s) => s.topic))], range, asOfRevision }),
  ]);
  return jsonResponse(request, { revision: revision.revision, figures: packFigures(figures), events }, { cache: revision.cache });
});
