import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

/** Records when a token was last used, so that its owner can tell a forgotten token from a live one. */
export async function touchApiToken(tokenId: number, at: Date, db: PrismaClient = getPrisma()): Promise<void> {
  await db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: at }, select: { id: true } });
}
