import { guardedApiRoute } from '@/lib/api/guarded-route';
import { noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { readJsonBody } from '@/lib/api/request-body';
import type { SegmentContext } from '@/lib/api/route';
import { curationOf, figureId, retireRequestSchema, writeResponse } from '@/lib/api/write-requests';
import { retireFigure } from '@/lib/curation/figures';
import { getWritePool } from '@/lib/dataset/pool';

export const POST = guardedApiRoute('editor', async (request, context: SegmentContext<{ id: string }>, principal) => {
  parseQuery(request, noQuery);
  const id = figureId((await context.params).id);
  const body = await readJsonBody(request, retireRequestSchema);
  const result = await retireFigure(getWritePool(), { ...curationOf(principal, body), figureId: id, baseVersion: body.baseVersion });
  return writeResponse(request, { figureId: id, version: result.version, revision: result.revision });
});
