import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

export interface AccountSummary {
  id: string;
  name: string;
  email: string;
  role: string | null;
  banned: boolean | null;
  createdAt: Date;
}

/** A data desk has a handful of accounts; this bounds the page all the same. */
export const ACCOUNT_LIST_LIMIT = 500;

export async function listAccounts(db: PrismaClient = getPrisma()): Promise<AccountSummary[]> {
  return db.user.findMany({
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    take: ACCOUNT_LIST_LIMIT,
    select: { id: true, name: true, email: true, role: true, banned: true, createdAt: true },
  });
}
