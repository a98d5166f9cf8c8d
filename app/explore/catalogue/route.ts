// The explorer's series picker searches here as the reader types: the page itself never sends the
// whole catalogue, which may run to thousands of series.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalidParameter } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { TOPICS } from '@/lib/figures/types';
import { listSeriesFacets } from '@/lib/queries/list-series-facets';
import { searchSeries } from '@/lib/queries/search-series';

const querySchema = z.object({
  q: z.string().max(200, 'is longer than 200 characters').default(''),
  topic: z.enum(TOPICS, { error: `must be one of ${TOPICS.join(', ')}` }).optional(),
  claimant: z.string().min(1).max(300).optional(),
  publisher: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  facets: z.literal('1').optional(),
});

/** How many series one answer lists; the picker says how many more match. */
const LIMIT = 40;

export const GET = apiRoute(async (request: Request) => {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    throw invalidParameter(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; '));
  }
  const { q, topic, claimant, publisher, facets } = parsed.data;
  const [result, facetLists] = await Promise.all([
    searchSeries({ text: q, topic: topic ?? null, organization: claimant ?? null, publisherId: publisher ?? null, limit: LIMIT }),
    facets ? listSeriesFacets() : Promise.resolve(null),
  ]);
  return NextResponse.json({ ...result, facets: facetLists }, { headers: { 'Cache-Control': 'no-store' } });
});
