import type { z } from 'zod';
import { notFound } from '@/lib/api/errors';
import { guardedApiRoute } from '@/lib/api/guarded-route';
import { noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { readJsonBody } from '@/lib/api/request-body';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, type SegmentContext } from '@/lib/api/route';
import type { seriesResponseSchema } from '@/lib/api/schemas';
import { curationOf, editRequestSchema, writeResponse } from '@/lib/api/write-requests';
import { editSeries } from '@/lib/curation/series';
import { getWritePool } from '@/lib/dataset/pool';
import { getSeriesBySlug } from '@/lib/queries/get-series-by-slug';

export const GET = apiRoute(async (request: Request, { params }: SegmentContext<{ slug: string }>) => {
  parseQuery(request, noQuery);
  const { slug } = await params;
  const series = await getSeriesBySlug(slug);
  if (!series) throw notFound(`There is no series "${slug}"; /api/v1/series lists them.`);
  const base = `/api/v1/series/${encodeURIComponent(series.slug)}`;
  const body: z.output<typeof seriesResponseSchema> = {
    data: series,
    links: { figures: `${base}/figures`, figuresCsv: `${base}/figures.csv`, page: `/series/${encodeURIComponent(series.slug)}` },
  };
  return jsonResponse(request, body, { cache: 'latest' });
});

export const PATCH = guardedApiRoute('editor', async (request, { params }: SegmentContext<{ slug: string }>, principal) => {
  parseQuery(request, noQuery);
  const { slug } = await params;
  const body = await readJsonBody(request, editRequestSchema);
  const result = await editSeries(getWritePool(), { ...curationOf(principal, body), slug, baseVersion: body.baseVersion, changes: body.changes });
  return writeResponse(request, { slug, version: result.version, revision: result.revision });
});
