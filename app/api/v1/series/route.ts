import type { z } from 'zod';
import { pageOf, slicePage } from '@/lib/api/pagination';
import { listQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import type { seriesListResponseSchema } from '@/lib/api/schemas';
import { listSeries } from '@/lib/queries/list-series';

export const GET = apiRoute(async (request: Request) => {
  const page = parseQuery(request, listQuery);
  const series = await listSeries();
  const body: z.output<typeof seriesListResponseSchema> = {
    data: slicePage(series, page),
    page: pageOf(request, page, series.length),
  };
  return jsonResponse(request, body, { cache: 'latest' });
});
