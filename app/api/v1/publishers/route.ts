import type { z } from 'zod';
import { pageOf, slicePage } from '@/lib/api/pagination';
import { listQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import type { publisherListResponseSchema } from '@/lib/api/schemas';
import { listPublishers } from '@/lib/queries/list-publishers';

export const GET = apiRoute(async (request: Request) => {
  const page = parseQuery(request, listQuery);
  const publishers = await listPublishers();
  const body: z.output<typeof publisherListResponseSchema> = {
    data: slicePage(publishers, page),
    page: pageOf(request, page, publishers.length),
  };
  return jsonResponse(request, body, { cache: 'latest' });
});
