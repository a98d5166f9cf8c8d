// Two app instances on one PostgreSQL primary with a streaming replica, as in docs/deploy.md: public
// reads come from the replica, a writer's own reads from the primary, a revision written through one
// instance shows on the other within a second (even while the replica lags), and with the replica
// stopped every page still answers, from the primary, with one log line saying so, until it is back.
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { makeAccount, makeToken } from '../helpers/accounts';
import { BEHIND_A_PROXY, randomAuthSecret, startAppServer, type AppServer } from '../helpers/app-server';
import { raw } from '../helpers/raw-http';
import { startReplicatedDatabase, type ReplicatedDatabase } from '../helpers/replicated-database';

jest.setTimeout(90_000);

let cluster: ReplicatedDatabase;
let prisma: PrismaClient;
let a: AppServer;
let b: AppServer;
let token: string;
const secret = randomAuthSecret();

/** Each instance names its connections, so the test can see which server ran its queries. */
const named = (url: string, name: string) => `${url}?application_name=${name}`;

function startInstance(name: string): Promise<AppServer> {
  return startAppServer({
    databaseUrl: named(cluster.primaryUrl, name),
    authSecret: secret,
    env: { ...BEHIND_A_PROXY, DATABASE_REPLICA_URLS: named(cluster.replicaUrl, name) },
  });
}

beforeAll(async () => {
  cluster = await startReplicatedDatabase();
  prisma = createPrismaClient(cluster.primaryUrl);
  const editor = await makeAccount(prisma, secret, 'editor', 'Replica Editor');
  token = (await makeToken(prisma, editor, 'replica test')).token;
  await cluster.caughtUp();
  [a, b] = await Promise.all([startInstance('sf_a'), startInstance('sf_b')]);
}, 120_000);

/** What the app connections of instance `name` on the replica last ran, besides their probes of max(id). */
const replicaQueries = async (name: string) =>
  (
    await cluster.onReplica<{ query: string }>(
      `SELECT query FROM pg_stat_activity WHERE application_name = '${name}' AND query NOT LIKE '%AS revision FROM dataset_revisions%'`,
    )
  )
    .map((row) => row.query)
    .join('\n');

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await prisma?.$disconnect();
  await cluster?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let figures = 0;

/** A figure written through `server`'s write API, with a quote no other figure has. */
async function writeFigure(server: AppServer): Promise<{ revision: number; quote: string }> {
  figures += 1;
  const quote = `Replica test figure ${figures} ${Date.now()}.`;
  const response = await fetch(`${server.baseUrl}/api/v1/figures`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      reason: `replica test ${figures}`,
      figure: {
        seriesSlug: 'troops-deployed',
        value: String(20_000 + figures),
        qualifier: 'approx',
        periodEnd: '2025-01',
        claimant: { name: 'Replica Claimant' },
        publisher: { name: 'Replica Paper' },
        url: `https://example.org/replica-${figures}`,
        publishedOn: '2025-01-20',
        quote,
      },
    }),
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { revision: number };
  return { revision: body.revision, quote };
}

/** Milliseconds until `path` on `server` contains `text`, or a failure after `ms`. */
async function timeUntilShown(server: AppServer, path: string, text: string, ms = 1000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const response = await raw(server.baseUrl, path);
    expect(response.status).toBe(200);
    if (response.text.includes(text)) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`${path} on ${server.baseUrl} did not show "${text}" within ${ms} ms`);
    await sleep(20);
  }
}

const latestOnReplica = async () => (await cluster.onReplica<{ id: number }>('SELECT max(id) AS id FROM dataset_revisions'))[0].id;

describe('reads', () => {
  it('come from the replica for the public, and from the primary for someone who just wrote', async () => {
    // Until its first probe of the replica answers, an instance reads the primary; then the replica.
    // pg_stat_activity keeps each connection's last statement: any of the page's reads will do.
    const pageRead = /figure_versions|FROM "public"\."series"|FROM claimants/;
    for (const [server, name] of [[a, 'sf_a'], [b, 'sf_b']] as const) {
      const until = Date.now() + 5000;
      let queries = '';
      while (!pageRead.test(queries) && Date.now() < until) {
        expect((await raw(server.baseUrl, `/series/troop-reinforcements?from=${Date.now()}`)).status).toBe(200);
        queries = await replicaQueries(name);
        await sleep(100);
      }
      expect([name, queries]).toEqual([name, expect.stringMatching(pageRead)]);
    }

    await cluster.onReplica('SELECT pg_wal_replay_pause()');
    const until = Date.now() + 5000;
    while ((await cluster.onReplica<{ state: string }>('SELECT pg_get_wal_replay_pause_state() AS state'))[0].state !== 'paused' && Date.now() < until) {
      await sleep(20);
    }
    try {
      // A short link writes no revision: the paused replica still counts as current, and lacks it.
      const created = await raw(a.baseUrl, '/api/v1/links', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ path: '/explore', query: 's=troops-deployed&from=2001' }),
      });
      expect(created.status).toBe(201);
      const { code } = JSON.parse(created.text) as { code: string };
      const cookie = String(created.headers['set-cookie']).split(';')[0];
      expect(cookie).toBe('sf-wrote=1');
      expect(created.headers['cache-control']).not.toMatch(/public/);

      expect((await raw(b.baseUrl, `/s/${code}`)).status).toBe(404);
      const own = await raw(b.baseUrl, `/s/${code}`, { headers: { cookie } });
      expect(own.status).toBe(307);
      expect(own.headers.location).toMatch(/\/explore\?s=troops-deployed&from=2001/);
      expect(own.headers['cache-control']).toMatch(/^private\b.*\bno-store\b/);

      // A new revision: both instances hear of it, and since the replica has not replayed it, their
      // public answers at it come from the primary rather than from data older than the answer.
      const before = await latestOnReplica();
      const { revision, quote } = await writeFigure(a);
      expect(await timeUntilShown(b, '/series/troops-deployed', quote)).toBeLessThan(1000);
      expect(await latestOnReplica()).toBe(before);
      expect(revision).toBeGreaterThan(before);
    } finally {
      await cluster.onReplica('SELECT pg_wal_replay_resume()');
    }
    await cluster.caughtUp();
  });
});

describe('a revision written through one instance', () => {
  it('shows on the other within a second, replacing the answer it had cached', async () => {
    const path = '/series/troops-deployed';
    await raw(b.baseUrl, path);
    expect((await raw(b.baseUrl, path)).headers['x-sf-cache']).toBe('hit');
    const { quote } = await writeFigure(a);
    expect(await timeUntilShown(b, path, quote)).toBeLessThan(1000);
  });

  it('an import of a CSV through one instance shows on the other within a second', async () => {
    const quote = `Imported through instance A ${Date.now()}.`;
    const form = new FormData();
    form.append('reason', 'an import through instance A');
    const header = 'series,value,qualifier,value_low,value_high,period_start,period_end,claimant,claimant_org,via,publisher,published_on,url,quote,note';
    const line = `troops-deployed,31000,approx,,,2025-02,2025-03,Import Claimant,,,Import Paper,2025-03-10,https://example.org/replica-import,${quote},`;
    form.append('figures', new Blob([`${header}\n${line}\n`], { type: 'text/csv' }), 'figures.csv');
    const imported = await fetch(`${a.baseUrl}/api/v1/imports`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    expect(imported.status).toBe(201);
    expect(await timeUntilShown(b, '/series/troops-deployed', quote)).toBeLessThan(1000);
  });

  it('still shows on the other instance when the listening connections are cut, and they come back', async () => {
    const listeners = async () =>
      (await cluster.onPrimary<{ name: string }>(`SELECT application_name AS name FROM pg_stat_activity WHERE query = 'LISTEN dataset_revision' ORDER BY 1`)).map((row) => row.name);
    expect(await listeners()).toEqual(['sf_a', 'sf_b']);
    await cluster.onPrimary(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN dataset_revision'`);
    const { quote } = await writeFigure(a);
    expect(await timeUntilShown(b, '/series/troops-deployed', quote)).toBeLessThan(1000);
    const until = Date.now() + 5000;
    while ((await listeners()).length < 2 && Date.now() < until) await sleep(100);
    expect(await listeners()).toEqual(['sf_a', 'sf_b']);
    const next = await writeFigure(a);
    expect(await timeUntilShown(b, '/series/troops-deployed', next.quote)).toBeLessThan(1000);
  });
});

describe('with the replica stopped', () => {
  it('answers every page from the primary, saying once that no replica answers', async () => {
    await cluster.stopReplica();
    // A new revision empties the answer caches, so every page below is rendered, not replayed.
    const { quote } = await writeFigure(a);
    const paths = [
      '/',
      '/series/troops-deployed',
      '/explore?s=troops-deployed,shells-delivered',
      '/changes',
      '/sources',
      '/embed/series/troops-deployed',
      '/api/v1/series',
      '/api/v1/series/troops-deployed/figures',
      '/api/v1/export.csv?s=troops-deployed',
      '/api/v1/revisions',
    ];
    for (const server of [a, b]) {
      for (const path of paths) {
        const response = await raw(server.baseUrl, path);
        expect([server.baseUrl, path, response.status]).toEqual([server.baseUrl, path, 200]);
      }
      expect((await raw(server.baseUrl, '/series/troops-deployed')).text).toContain(quote);
    }
    const until = Date.now() + 3000;
    while (!a.output().includes('no read replica answers') && Date.now() < until) await sleep(50);
    expect(a.output().match(/no read replica answers: reading from the primary/g)).toHaveLength(1);
  });

  it('reads from it again once it is back and has caught up', async () => {
    await cluster.startReplica();
    await cluster.caughtUp();
    const until = Date.now() + 5000;
    while (!a.output().includes('answers; reading from it again') && Date.now() < until) await sleep(50);
    expect(a.output()).toMatch(/replica 127\.0\.0\.1:\d+ answers; reading from it again/);
    expect((await raw(a.baseUrl, `/series/troop-reinforcements?from=${Date.now()}`)).status).toBe(200);
    // The replica was restarted: any query of the app on it (probes aside) was a page's read.
    expect(await replicaQueries('sf_a')).toMatch(/\bFROM\b/);
  });
});
