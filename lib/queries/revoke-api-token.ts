import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

/**
 * Revokes one of an account's tokens; the row stays. False when the account has no such token or it
 * was revoked already, so nobody can revoke another person's token by guessing its number.
 */
export async function revokeApiToken(userId: string, tokenId: number, db: PrismaClient = getPrisma()): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}
