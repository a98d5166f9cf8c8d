import { noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { openApiDocument } from '@/lib/openapi/document';

export const GET = apiRoute(async (request: Request) => {
  parseQuery(request, noQuery);
  return jsonResponse(request, openApiDocument(), { cache: 'latest' });
});
