import type { z } from 'zod';
import { pageOf, slicePage } from '@/lib/api/pagination';
import { listQuery } from '@/lib/api/params';
import { parseQuery } from '@/lib/api/query-params';
import { jsonResponse } from '@/lib/api/responses';
import { apiRoute } from '@/lib/api/route';
import type { claimantListResponseSchema } from '@/lib/api/schemas';
import { listClaimants } from '@/lib/queries/list-claimants';

export const GET = apiRoute(async (request: Request) => {
  const page = parseQuery(request, listQuery);
  const claimants = await listClaimants();
  const body: z.output<typeof claimantListResponseSchema> = {
    data: slicePage(claimants, page),
    page: pageOf(request, page, claimants.length),
  };
  return jsonResponse(request, body, { cache: 'latest' });
});
