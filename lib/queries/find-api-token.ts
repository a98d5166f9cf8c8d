import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

export interface ApiTokenWithOwner {
  id: number;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  user: { id: string; name: string; email: string; role: string | null; banned: boolean | null; banExpires: Date | null };
}

/** The token with this hash and its owner, or null: one read by a unique index. */
export async function findApiToken(tokenHash: string, db: PrismaClient = getPrisma()): Promise<ApiTokenWithOwner | null> {
  return db.apiToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, banned: true, banExpires: true } },
    },
  });
}
