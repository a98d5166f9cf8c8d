import type { z } from 'zod';
import { pageOf } from '@/lib/api/pagination';
import { listQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import type { claimantListResponseSchema } from '@/lib/api/schemas';
import { countClaimants, listClaimants } from '@/lib/queries/list-claimants';

export const GET = apiRoute(async (request: Request) => {
  const page = parseQuery(request, listQuery);
  const [claimants, total] = await Promise.all([listClaimants(page), countClaimants()]);
  const body: z.output<typeof claimantListResponseSchema> = {
    data: claimants,
    page: pageOf(request, page, total),
  };
  return jsonResponse(request, body, { cache: 'latest' });
});
