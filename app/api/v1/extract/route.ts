// The extraction assistant for scripts: candidate figures in an article's text, each with its quote
// and offsets, the claimant matched against the data's claimants and a suggested series. Nothing is
// saved: an editor accepts candidates through the figure endpoints.
import { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { guardedApiRoute } from '@/lib/api/guarded-route';
import { noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { readJsonBody } from '@/lib/api/request-body';
import { jsonResponse } from '@/lib/api/responses';
import { ExtractionInputError, reviewFigures } from '@/lib/extraction/extract';
import { listClaimants } from '@/lib/queries/list-claimants';
import { listRecordedFigures } from '@/lib/queries/list-recorded-figures';
import { listSeries } from '@/lib/queries/list-series';

/** About 10,000 words of English; the web server takes no body above 64 KB. */
const MAX_EXTRACT_BODY_BYTES = 60 * 1024;

const extractRequestSchema = z.strictObject({
  text: z.string().min(1, 'send the article text').describe('The article text, as plain text.'),
  published: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .nullable()
    .optional()
    .describe('When the article was published: "last year" and "since March" resolve against it.'),
});

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
