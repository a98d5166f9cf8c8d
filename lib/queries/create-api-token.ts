import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

export interface CreateApiTokenInput {
  userId: string;
  name: string;
  tokenHash: string;
  start: string;
}

export async function createApiToken(input: CreateApiTokenInput, db: PrismaClient = getPrisma()): Promise<{ id: number; createdAt: Date }> {
  return db.apiToken.create({ data: input, select: { id: true, createdAt: true } });
}
