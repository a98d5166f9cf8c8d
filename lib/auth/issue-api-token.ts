// Makes a token for one account and returns it: the only time the token itself exists outside the
// hands of the person who asked for it.
import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import { createApiToken } from '@/lib/queries/create-api-token';
import { generateApiToken } from './api-tokens';

export async function issueApiToken(userId: string, name: string, db: PrismaClient = getPrisma()): Promise<{ id: number; token: string; start: string }> {
  const { token, hash, start } = generateApiToken();
  const { id } = await createApiToken({ userId, name, tokenHash: hash, start }, db);
  return { id, token, start };
}
