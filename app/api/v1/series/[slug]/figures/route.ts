import type { z } from 'zod';
import { pageOf } from '@/lib/api/pagination';
import { figuresQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, type SegmentContext } from '@/lib/api/route';
import type { figureListResponseSchema } from '@/lib/api/schemas';
import { CSV_PAGE, readSeriesFigures, seriesFiguresCsvResponse } from '@/lib/api/series-figures';

export const GET = apiRoute(async (request: Request, { params }: SegmentContext<{ slug: string }>) => {
  const { limit, offset, format, ...filters } = parseQuery(request, figuresQuery);
  const { slug } = await params;
  if (format === 'csv') return seriesFiguresCsvResponse(request, await readSeriesFigures(slug, filters, CSV_PAGE));
  const read = await readSeriesFigures(slug, filters, { limit, offset });

  const body: z.output<typeof figureListResponseSchema> = {
    series: { slug: read.series.slug, unit: read.series.unit, kind: read.series.kind },
    revision: read.revision.revision,
    pinned: read.revision.pinned,
    data: read.figures,
    page: pageOf(request, { limit, offset }, read.total),
  };
  return jsonResponse(request, body, { cache: read.revision.cache });
});
