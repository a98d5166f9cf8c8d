import { guardedApiRoute } from '@/lib/api/guarded-route';
import { noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { readJsonBody } from '@/lib/api/request-body';
import type { SegmentContext } from '@/lib/api/route';
import { curationOf, retireRequestSchema, writeResponse } from '@/lib/api/write-requests';
import { retireEvent } from '@/lib/curation/events';
import { getWritePool } from '@/lib/dataset/pool';

export const POST = guardedApiRoute('editor', async (request, { params }: SegmentContext<{ slug: string }>, principal) => {
  parseQuery(request, noQuery);
  const { slug } = await params;
  const body = await readJsonBody(request, retireRequestSchema);
  const result = await retireEvent(getWritePool(), { ...curationOf(principal, body), slug, baseVersion: body.baseVersion });
  return writeResponse(request, { slug, version: result.version, revision: result.revision });
});
