import { guardedApiRoute } from '@/lib/api/guarded-route';
import { noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { readJsonBody } from '@/lib/api/request-body';
import { createFigureRequestSchema, curationOf, writeResponse } from '@/lib/api/write-requests';
import { createFigure } from '@/lib/curation/figures';
import { getWritePool } from '@/lib/dataset/pool';

export const POST = guardedApiRoute('editor', async (request, _context, principal) => {
  parseQuery(request, noQuery);
  const body = await readJsonBody(request, createFigureRequestSchema);
  const result = await createFigure(getWritePool(), { ...curationOf(principal, body), figure: body.figure });
  return writeResponse(request, { figureId: result.figureId, version: result.version, revision: result.revision }, `/figures/${result.figureId}`);
});
