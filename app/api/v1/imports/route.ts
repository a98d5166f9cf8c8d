import { guardedApiRoute } from '@/lib/api/guarded-route';
import { importQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { importRefusal, progressStream, readImportRequest, requireReason, wantsProgress } from '@/lib/api/import-request';
import { jsonResponse } from '@/lib/api/responses';
import { curationOf } from '@/lib/api/write-requests';
import { getWritePool } from '@/lib/dataset/pool';
import type { OnImportProgress } from '@/lib/importer/import-files';
import { applyImport, dryRunImport } from '@/lib/importer/upload';

export const POST = guardedApiRoute('editor', async (request, _context, principal) => {
  const { dry_run: dryRun } = parseQuery(request, importQuery);
  const body = await readImportRequest(request);
  const meta = dryRun ? null : curationOf(principal, { reason: requireReason(body) });
  const work = async (onProgress?: OnImportProgress) =>
    meta
      ? { dryRun: false, ...(await applyImport(getWritePool(), body.upload, meta, onProgress)) }
      : { dryRun: true, ...(await dryRunImport(getWritePool(), body.upload, onProgress)) };
  const path = new URL(request.url).pathname;
  if (wantsProgress(request)) return progressStream(path, work);
  try {
    const result = await work();
    const created = 'revision' in result && result.revision !== null;
    return jsonResponse(request, result, {
      cache: 'none',
      status: created ? 201 : 200,
      headers: created ? { Location: `/api/v1/revisions/${result.revision}` } : {},
    });
  } catch (error) {
    throw importRefusal(error) ?? error;
  }
});
