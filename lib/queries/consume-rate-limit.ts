import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';

export interface RateLimitCount {
  /** Requests counted in the current window, this one included. */
  count: number;
  windowStart: Date;
}

/**
 * Counts one request against `key` in a fixed window, atomically: concurrent requests from any
 * number of app instances each get their own count, because the upsert runs in one statement.
 * A window that has ended starts afresh at 1.
 */
export async function consumeRateLimit(key: string, windowMs: number, db: PrismaClient = getPrisma()): Promise<RateLimitCount> {
  const expired = Prisma.sql`rate_limits.window_start <= clock_timestamp() - make_interval(secs => ${windowMs / 1000}::double precision)`;
  const rows = await db.$queryRaw<{ count: number; window_start: Date }[]>`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, clock_timestamp(), 1)
    ON CONFLICT (key) DO UPDATE SET
      window_start = CASE WHEN ${expired} THEN clock_timestamp() ELSE rate_limits.window_start END,
      count = CASE WHEN ${expired} THEN 1 ELSE rate_limits.count + 1 END
    RETURNING count, window_start`;
  return { count: rows[0].count, windowStart: rows[0].window_start };
}
