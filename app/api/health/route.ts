// For load balancers and monitors: whether the app is up (it answers at all) and whether its database
// answers, in well under a second, never cached. 200 when both are up; 503 with Retry-After when the
// database is not, so that a balancer sends readers elsewhere.
import { DATABASE_UNREACHABLE } from '@/lib/database/unavailable';
import { pingDatabase } from '@/lib/queries/ping-database';

const TIMEOUT_MS = 1000;

export interface HealthBody {
  status: 'ok' | 'unavailable';
  app: 'up';
  database: 'up' | 'down';
  /** How long the database took to answer, in milliseconds; null when it did not. */
  databaseMs: number | null;
}

async function check(): Promise<HealthBody> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const ms = await Promise.race([
      pingDatabase(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
      }),
    ]);
    return { status: 'ok', app: 'up', database: 'up', databaseMs: Math.round(ms * 10) / 10 };
  } catch {
    return { status: 'unavailable', app: 'up', database: 'down', databaseMs: null };
  } finally {
    clearTimeout(timer);
  }
}

export async function GET(): Promise<Response> {
  const body = await check();
  return Response.json(body, {
    status: body.status === 'ok' ? 200 : 503,
    headers: {
      'Cache-Control': 'no-store',
      ...(body.status === 'ok' ? {} : { 'Retry-After': String(DATABASE_UNREACHABLE.retryAfterSeconds) }),
    },
  });
}

export const HEAD = GET;
