import type { z } from 'zod';
import { notFound } from '@/lib/api/errors';
import { pageOf } from '@/lib/api/pagination';
import { listQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute, type SegmentContext } from '@/lib/api/route';
import type { revisionResponseSchema } from '@/lib/api/schemas';
import { parseRecordId } from '@/lib/queries/parse-record-id';
import { getRevision } from '@/lib/queries/get-revision';
import { listRevisionChanges } from '@/lib/queries/list-revision-changes';

export const GET = apiRoute(async (request: Request, { params }: SegmentContext<{ rev: string }>) => {
  const page = parseQuery(request, listQuery);
  const { rev } = await params;
  const id = parseRecordId(rev);
  const revision = id === null ? null : await getRevision(id);
  if (id === null || !revision) throw notFound(`There is no dataset revision "${rev}"; /api/v1/revisions lists them.`);
  const { changes, total } = await listRevisionChanges(id, page);
  const body: z.output<typeof revisionResponseSchema> = {
    revision,
    data: changes,
    page: pageOf(request, page, total),
  };
  // What a revision wrote never changes once it is committed.
  return jsonResponse(request, body, { cache: 'pinned' });
});
