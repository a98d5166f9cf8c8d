import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

export interface ApiTokenSummary {
  id: number;
  name: string;
  start: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The most tokens one list shows; a person who has made more sees the newest. */
export const API_TOKEN_LIST_LIMIT = 200;

/** One account's tokens, newest first, revoked ones included (never the hash). */
export async function listApiTokens(userId: string, db: PrismaClient = getPrisma()): Promise<ApiTokenSummary[]> {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: { id: 'desc' },
    take: API_TOKEN_LIST_LIMIT,
    select: { id: true, name: true, start: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
