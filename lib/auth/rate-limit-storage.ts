// better-auth's rate limiter, with its counters in the app's rate_limits table (lib/rate-limit) rather
// than in process memory: a limit then holds across restarts and across instances on one database.
// better-auth keys a counter by client address and path ("203.0.113.7|/sign-in/email").
import type { BetterAuthOptions } from 'better-auth';
import type { PrismaClient } from '@/generated/prisma/client';
import { checkRateLimit } from '@/lib/rate-limit/rate-limit';

type RateLimitStorage = NonNullable<NonNullable<BetterAuthOptions['rateLimit']>['customStorage']>;

export function postgresRateLimitStorage(prisma: PrismaClient): RateLimitStorage {
  return {
    async consume(key, rule) {
      const decision = await checkRateLimit(`auth:${key}`, { limit: rule.max, windowMs: rule.window * 1000 }, prisma);
      return { allowed: decision.allowed, retryAfter: decision.allowed ? null : decision.retryAfterSeconds };
    },
  };
}
