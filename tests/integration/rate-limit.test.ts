// The PostgreSQL-backed rate limiter against a real server: counts per key within a window, starts
// afresh when the window ends, and counts exactly under concurrency from several clients at once,
// as several app instances would.
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { pruneRateLimits } from '@/lib/queries/prune-rate-limits';
import { checkRateLimit, MAX_WINDOW_MS } from '@/lib/rate-limit/rate-limit';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let clients: PrismaClient[];

beforeAll(async () => {
  db = await createTestDatabase();
  clients = [createPrismaClient(db.url), createPrismaClient(db.url)];
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await db?.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('checkRateLimit', () => {
  it('allows `limit` requests per window and refuses the next, with the seconds to wait', async () => {
    const rule = { limit: 3, windowMs: 60_000 };
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await checkRateLimit('sign-in:203.0.113.7', rule, clients[0]));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    expect(decisions[3].retryAfterSeconds).toBeGreaterThan(55);
    expect(decisions[3].retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('keeps keys apart', async () => {
    const rule = { limit: 1, windowMs: 60_000 };
    expect((await checkRateLimit('write:198.51.100.1', rule, clients[0])).allowed).toBe(true);
    expect((await checkRateLimit('write:198.51.100.2', rule, clients[0])).allowed).toBe(true);
    expect((await checkRateLimit('write:198.51.100.1', rule, clients[0])).allowed).toBe(false);
  });

  it('starts a new window once the old one has ended', async () => {
    const rule = { limit: 1, windowMs: 300 };
    expect((await checkRateLimit('short-window', rule, clients[0])).allowed).toBe(true);
    expect((await checkRateLimit('short-window', rule, clients[0])).allowed).toBe(false);
    await sleep(400);
    const fresh = await checkRateLimit('short-window', rule, clients[0]);
    expect(fresh).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('counts every request exactly when two clients race on one key', async () => {
    const rule = { limit: 25, windowMs: 60_000 };
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, i) => checkRateLimit('race', rule, clients[i % 2])),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(25);
    const row = await clients[0].rateLimit.findUniqueOrThrow({ where: { key: 'race' } });
    expect(row.count).toBe(40);
  });

  it('refuses a window longer than the counters are kept', async () => {
    await expect(checkRateLimit('too-long', { limit: 1, windowMs: MAX_WINDOW_MS + 1 }, clients[0])).rejects.toThrow(RangeError);
  });
});

describe('pruneRateLimits', () => {
  it('deletes only the counters whose window started before the cut-off', async () => {
    await clients[0].rateLimit.createMany({
      data: [
        { key: 'old', windowStart: new Date('2026-01-01T00:00:00Z'), count: 4 },
        { key: 'recent', windowStart: new Date(), count: 1 },
      ],
    });
    expect(await pruneRateLimits(new Date(Date.now() - 60_000), clients[0])).toBeGreaterThanOrEqual(1);
    const keys = (await clients[0].rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).toContain('recent');
    expect(keys).not.toContain('old');
  });
});
