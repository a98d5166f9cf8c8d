import { getPrisma } from '@/lib/db';

export interface ShortLinkTarget {
  path: string;
  query: string;
  /** Identifies the canonical state: the same state always maps to the one stored code. */
  stateHash: string;
}

export interface SavedShortLink {
  code: string;
  /** False when the state already had a code, which is returned instead. */
  created: boolean;
}

const ATTEMPTS = 5;

/**
 * Stores a code for a state, or returns the code it already has. Two requests racing for the same
 * state both insert with ON CONFLICT DO NOTHING and then read back the one row that won. A new code
 * that happens to collide with another state's (vanishingly rare) is retried with a fresh one.
 */
export async function saveShortLink(target: ShortLinkTarget, newCode: () => string): Promise<SavedShortLink> {
  const prisma = getPrisma();
  const existing = await prisma.shortLink.findUnique({ where: { stateHash: target.stateHash }, select: { code: true } });
  if (existing) return { code: existing.code, created: false };
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const code = newCode();
    const { count } = await prisma.shortLink.createMany({ data: [{ code, ...target }], skipDuplicates: true });
    const stored = await prisma.shortLink.findUnique({ where: { stateHash: target.stateHash }, select: { code: true } });
    if (stored) return { code: stored.code, created: count === 1 && stored.code === code };
  }
  throw new Error(`no free short code after ${ATTEMPTS} attempts`);
}
