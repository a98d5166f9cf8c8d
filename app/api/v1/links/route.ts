import type { z } from 'zod';
import { ApiError } from '@/lib/api/errors';
import { noQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { readJsonBody } from '@/lib/api/request-body';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import { shortLinkRequestSchema, type shortLinkResponseSchema } from '@/lib/api/schemas';
import { createShortLink, ShortLinkRejected, shortLinkUrl } from '@/lib/short-links';

export const POST = apiRoute(async (request: Request) => {
  parseQuery(request, noQuery);
  const input = await readJsonBody(request, shortLinkRequestSchema);
  let saved;
  try {
    saved = await createShortLink(input);
  } catch (error) {
    if (error instanceof ShortLinkRejected) throw new ApiError(400, 'invalid_body', `This view cannot be shared: ${error.message}.`);
    throw error;
  }
  const body: z.output<typeof shortLinkResponseSchema> = { code: saved.code, url: shortLinkUrl(saved.code) };
  return jsonResponse(request, body, {
    cache: 'none',
    status: saved.created ? 201 : 200,
    headers: { Location: body.url },
  });
});
