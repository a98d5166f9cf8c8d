import type { z } from 'zod';
import { pageOf } from '@/lib/api/pagination';
import { listQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import type { publisherListResponseSchema } from '@/lib/api/schemas';
import { countPublishers, listPublishers } from '@/lib/queries/list-publishers';

export const GET = apiRoute(async (request: Request) => {
  const page = parseQuery(request, listQuery);
  const [publishers, total] = await Promise.all([listPublishers(page), countPublishers()]);
  const body: z.output<typeof publisherListResponseSchema> = {
    data: publishers,
    page: pageOf(request, page, total),
  };
  return jsonResponse(request, body, { cache: 'latest' });
});
