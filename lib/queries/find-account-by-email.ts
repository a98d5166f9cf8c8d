import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

/** better-auth stores e-mail addresses in lower case; so is the lookup. */
export async function findAccountByEmail(
  email: string,
  db: PrismaClient = getPrisma(),
): Promise<{ id: string; name: string; email: string; role: string | null; banned: boolean | null } | null> {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true, role: true, banned: true },
  });
}
