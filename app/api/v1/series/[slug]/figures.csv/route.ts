import { figuresCsvQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { apiRoute, type SegmentContext } from '@/lib/api/route';
import { CSV_PAGE, readSeriesFigures, seriesFiguresCsvResponse } from '@/lib/api/series-figures';

export const GET = apiRoute(async (request: Request, { params }: SegmentContext<{ slug: string }>) => {
  const filters = parseQuery(request, figuresCsvQuery);
  return seriesFiguresCsvResponse(request, await readSeriesFigures((await params).slug, filters, CSV_PAGE));
});
