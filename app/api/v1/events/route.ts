import { guardedApiRoute } from '@/lib/api/guarded-route';
import { noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { readJsonBody } from '@/lib/api/request-body';
import { createEventRequestSchema, curationOf, writeResponse } from '@/lib/api/write-requests';
import { createEvent } from '@/lib/curation/events';
import { getWritePool } from '@/lib/dataset/pool';

export const POST = guardedApiRoute('editor', async (request, _context, principal) => {
  parseQuery(request, noQuery);
  const body = await readJsonBody(request, createEventRequestSchema);
  const result = await createEvent(getWritePool(), { ...curationOf(principal, body), event: body.event });
  const slug = String(body.event.slug);
  return writeResponse(request, { slug, version: result.version, revision: result.revision }, `/api/v1/events/${encodeURIComponent(slug)}`);
});
