// The figures and events of one explorer view, for the page's browser code to draw (components/
// explorer/explorer-figures.tsx): the explorer's own state (s=, from=, to=, rev=), read as every
// explorer answer reads it (lib/api/explorer-request.ts), and the explorer's own queries, the figures packed (lib/figures/
// explorer-wire.ts). The page always names the revision it shows, so an answer never changes and may
// be cached for good. A view holding more figures than one answer carries gets the latest of each
// series, and `truncated` says which series have more, for the page to say so.
import { readExplorerRequest } from '@/lib/api/explorer-request';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { packFigures } from '@/lib/figures/explorer-wire';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listEvents } from '@/lib/queries/list-events';

export const GET = apiRoute(async (request: Request) => {
  const { series, range, revision } = await readExplorerRequest(new URL(request.url).searchParams);
  const asOfRevision = revision.asOfRevision ?? null;
  const [{ figures, truncated }, events] = await Promise.all([
    getExplorerData({ series, range, asOfRevision }),
    listEvents({ topics: [...new Set(series.map((s) => s.topic))], range, asOfRevision }),
  ]);
  return jsonResponse(request, { revision: revision.revision, figures: packFigures(figures), events, truncated }, { cache: revision.cache });
});
