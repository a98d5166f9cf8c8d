import { notFound } from '@/lib/api/errors';
import { cachedResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { ATOM_CONTENT_TYPE, renderAtomFeed } from '@/lib/history/atom';
import { changesFeed, FEED_SIZE } from '@/lib/history/changes-feed';
import { resolveHistoryQuery } from '@/lib/loaders/changes-log';
import { listRevisions } from '@/lib/queries/list-revisions';
import { siteOriginFor } from '@/lib/site-url';

/**
 * /changes.atom: the corrections log as an Atom feed, the newest revisions first; ?s=<slugs> for the
 * revisions that changed some series. A feed cannot show a notice, so a series that does not exist is
 * a 404 rather than silently the whole log.
 */
export const GET = apiRoute(async (request: Request) => {
  const { series, unknownSeries } = await resolveHistoryQuery(new URL(request.url).searchParams.get('s'), null);
  if (unknownSeries.length > 0) {
    throw notFound(`There is no series ${unknownSeries.map((slug) => `"${slug.slice(0, 40)}"`).join(', ')}; /api/v1/series lists them.`);
  }
  const { revisions } = await listRevisions({ limit: FEED_SIZE, offset: 0 }, series.length > 0 ? series.map((s) => s.id) : null);
  const body = renderAtomFeed(changesFeed({ origin: siteOriginFor(request), revisions, series }));
  return cachedResponse(request, body, { cache: 'latest', contentType: ATOM_CONTENT_TYPE });
});
