// Rate limits with their state in PostgreSQL, so that a limit holds across restarts and across app
// instances (sign-in attempts, writes, short links). A limit is a fixed window per key; the caller
// chooses the key (e.g. the action and the client's address) and the budget.
import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import { consumeRateLimit } from '@/lib/queries/consume-rate-limit';
import { pruneRateLimits } from '@/lib/queries/prune-rate-limits';

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Requests left in this window after this one. */
  remaining: number;
  /** Whole seconds until the window ends: the value of a Retry-After header. */
  retryAfterSeconds: number;
}

/** The longest window a rule may have; counters older than this are deleted now and then. */
export const MAX_WINDOW_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY = 1000;
let sincePrune = 0;

export async function checkRateLimit(key: string, rule: RateLimitRule, db: PrismaClient = getPrisma()): Promise<RateLimitDecision> {
  if (!(rule.windowMs > 0 && rule.windowMs <= MAX_WINDOW_MS)) throw new RangeError(`a rate limit window is between 1 ms and ${MAX_WINDOW_MS} ms`);
  const { count, windowStart } = await consumeRateLimit(key, rule.windowMs, db);
  sincePrune += 1;
  if (sincePrune >= PRUNE_EVERY) {
    sincePrune = 0;
    await pruneRateLimits(new Date(Date.now() - MAX_WINDOW_MS), db);
  }
  const endsInMs = windowStart.getTime() + rule.windowMs - Date.now();
  return {
    allowed: count <= rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil(endsInMs / 1000)),
  };
}
