import type { z } from 'zod';
import { pageOf } from '@/lib/api/pagination';
import { listQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import type { revisionListResponseSchema } from '@/lib/api/schemas';
import { listRevisions } from '@/lib/queries/list-revisions';

export const GET = apiRoute(async (request: Request) => {
  const page = parseQuery(request, listQuery);
  const { revisions, total } = await listRevisions(page);
  const body: z.output<typeof revisionListResponseSchema> = {
    data: revisions,
    page: pageOf(request, page, total),
  };
  return jsonResponse(request, body, { cache: 'latest' });
});
