import type { z } from 'zod';
import { pageOf } from '@/lib/api/pagination';
import { guardedApiRoute } from '@/lib/api/guarded-route';
import { listQuery, noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { readJsonBody } from '@/lib/api/request-body';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import type { seriesListResponseSchema } from '@/lib/api/schemas';
import { createSeriesRequestSchema, curationOf, writeResponse } from '@/lib/api/write-requests';
import { createSeries } from '@/lib/curation/series';
import { getWritePool } from '@/lib/dataset/pool';
import { countSeries, listSeries } from '@/lib/queries/list-series';

export const GET = apiRoute(async (request: Request) => {
  const page = parseQuery(request, listQuery);
  const [series, total] = await Promise.all([listSeries({ page }), countSeries()]);
  const body: z.output<typeof seriesListResponseSchema> = {
    data: series,
    page: pageOf(request, page, total),
  };
  return jsonResponse(request, body, { cache: 'latest' });
});

export const POST = guardedApiRoute('editor', async (request, _context, principal) => {
  parseQuery(request, noQuery);
  const body = await readJsonBody(request, createSeriesRequestSchema);
  const result = await createSeries(getWritePool(), { ...curationOf(principal, body), series: body.series });
  const slug = String(body.series.slug);
  return writeResponse(request, { slug, version: result.version, revision: result.revision }, `/api/v1/series/${encodeURIComponent(slug)}`);
});
