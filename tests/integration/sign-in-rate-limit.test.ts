// Sign-in attempts are limited with their counters in PostgreSQL: the limit holds across two app
// processes on one database and across a restart, per client address and per account.
import type { PrismaClient } from '@/generated/prisma/client';
import { SIGN_IN_LIMIT, SIGN_IN_PER_EMAIL_LIMIT } from '@/lib/auth/auth';
import { createPrismaClient } from '@/lib/db';
import { makeAccount, signInOverHttp, type TestAccount } from '../helpers/accounts';
import { BEHIND_A_PROXY, randomAuthSecret, startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let prisma: PrismaClient;
let servers: AppServer[] = [];
let account: TestAccount;
const secret = randomAuthSecret();

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url);
  servers = [await startAppServer({ databaseUrl: db.url, authSecret: secret, env: BEHIND_A_PROXY }), await startAppServer({ databaseUrl: db.url, authSecret: secret, env: BEHIND_A_PROXY })];
  account = await makeAccount(prisma, secret, 'editor');
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await prisma?.$disconnect();
  await db?.drop();
});

const from = (address: string) => ({ headers: { 'X-Forwarded-For': address } });

it(`allows ${SIGN_IN_LIMIT.max} attempts per address per minute across two processes, and still refuses after a restart`, async () => {
  const address = '203.0.113.7';
  const statuses: number[] = [];
  for (let i = 0; i < SIGN_IN_LIMIT.max; i += 1) {
    statuses.push((await signInOverHttp(servers[i % 2].baseUrl, account.email, 'wrong password, again', from(address))).status);
  }
  expect(statuses).toEqual(Array(SIGN_IN_LIMIT.max).fill(401));

  // The next attempt is refused on either process, even with the right password.
  for (const server of servers) {
    const refused = await signInOverHttp(server.baseUrl, account.email, account.password, from(address));
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('x-retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_LIMIT.windowSeconds);
    expect(refused.headers.getSetCookie().some((l) => /session_token=[^;]/.test(l))).toBe(false);
  }

  await servers[0].stop();
  servers[0] = await startAppServer({ databaseUrl: db.url, authSecret: secret, env: BEHIND_A_PROXY });
  expect((await signInOverHttp(servers[0].baseUrl, account.email, account.password, from(address))).status).toBe(429);

  // Another address has its own budget.
  expect((await signInOverHttp(servers[0].baseUrl, account.email, account.password, from('203.0.113.8'))).status).toBe(200);
  const row = await prisma.rateLimit.findUniqueOrThrow({ where: { key: `auth:${address}|/sign-in/email` } });
  expect(row.count).toBeGreaterThan(SIGN_IN_LIMIT.max);
});

it(`allows ${SIGN_IN_PER_EMAIL_LIMIT.max} attempts per account however many addresses they come from`, async () => {
  const target = await makeAccount(prisma, secret, 'admin');
  const statuses: number[] = [];
  for (let i = 0; i < SIGN_IN_PER_EMAIL_LIMIT.max; i += 1) {
    statuses.push((await signInOverHttp(servers[i % 2].baseUrl, target.email.toUpperCase(), 'guessing', from(`192.0.2.${i + 1}`))).status);
  }
  expect(statuses).toEqual(Array(SIGN_IN_PER_EMAIL_LIMIT.max).fill(401));
  const refused = await signInOverHttp(servers[1].baseUrl, target.email, target.password, from('192.0.2.200'));
  expect(refused.status).toBe(429);
  expect(((await refused.json()) as { code: string }).code).toBe('TOO_MANY_ATTEMPTS');
  expect(Number(refused.headers.get('x-retry-after'))).toBeGreaterThan(60);
});
