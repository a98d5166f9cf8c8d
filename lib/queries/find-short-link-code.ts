import { getPrisma } from '@/lib/db';

/** The short code already stored for a canonical view state, or null when none was made yet. */
export async function findShortLinkCode(stateHash: string): Promise<string | null> {
  const row = await getPrisma().shortLink.findUnique({ where: { stateHash }, select: { code: true } });
  return row?.code ?? null;
}
