import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-database';
import { listenForRevisions, type RevisionListener } from './revision-listener';

let database: TestDatabase;
let listener: RevisionListener | undefined;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: true });
});
afterEach(async () => listener?.close());
afterAll(async () => database.drop());

async function insertRevision(): Promise<number> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(`INSERT INTO dataset_revisions (author, reason) VALUES ('test', 'notify') RETURNING id`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

test('a committed revision reaches a listener within a second, by id', async () => {
  const heard: Array<number | null> = [];
  listener = listenForRevisions({ databaseUrl: database.url, onRevision: (revision) => heard.push(revision) });
  // Wait for LISTEN to be in place: a notification before it would be lost.
  const until = Date.now() + 5000;
  let id = 0;
  while (heard.length === 0 && Date.now() < until) {
    id = await insertRevision();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(heard).toContain(id);
  heard.length = 0;
  const started = Date.now();
  const next = await insertRevision();
  while (!heard.includes(next) && Date.now() - started < 1000) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(heard).toEqual([next]);
});

test('a listener reconnects after its connection is killed and says notifications may have been missed', async () => {
  const heard: Array<number | null> = [];
  listener = listenForRevisions({ databaseUrl: database.url, onRevision: (revision) => heard.push(revision), retryMs: 100 });
  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  try {
    const dbName = new URL(database.url).pathname.slice(1);
    const until = Date.now() + 5000;
    let killed = 0;
    while (killed === 0 && Date.now() < until) {
      const { rowCount } = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`,
        [dbName],
      );
      killed = rowCount ?? 0;
      if (!killed) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(killed).toBe(1);
    while (!heard.includes(null) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toContain(null);
    const id = await insertRevision();
    while (!heard.includes(id) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toContain(id);
  } finally {
    await admin.end();
  }
});
