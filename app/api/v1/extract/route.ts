// The extraction assistant for scripts: candidate figures in an article's text, each with its quote
// and offsets, the claimant matched against the data's claimants and a suggested series. Nothing is
// saved: an editor accepts candidates through the figure endpoints.
import { ApiError } from '@/lib/api/errors';
import { guardedApiRoute } from '@/lib/api/guarded-route';
import { noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { readJsonBody } from '@/lib/api/request-body';
import { jsonResponse } from '@/lib/api/responses';
import { extractRequestSchema, MAX_EXTRACT_BODY_BYTES } from '@/lib/api/write-requests';
import { ExtractionInputError, reviewFigures } from '@/lib/extraction/extract';
import { listClaimants } from '@/lib/queries/list-claimants';
import { listRecordedFigures } from '@/lib/queries/list-recorded-figures';
import { listSeries } from '@/lib/queries/list-series';

export const POST = guardedApiRoute('editor', async (request) => {
  parseQuery(request, noQuery);
  const body = await readJsonBody(request, extractRequestSchema, MAX_EXTRACT_BODY_BYTES);
  const [series, claimants, figures] = await Promise.all([listSeries(), listClaimants(), listRecordedFigures()]);
  try {
    const reviewed = reviewFigures(body.text, { published: body.published ?? null, series, claimants, figures });
    return jsonResponse(request, { figures: reviewed.map((r) => r.candidate) }, { cache: 'none' });
  } catch (error) {
    if (error instanceof ExtractionInputError) throw new ApiError(422, 'invalid_fields', error.message, [{ field: 'text', message: error.message }]);
    throw error;
  }
});
