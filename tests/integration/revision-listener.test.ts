// The NOTIFY trigger on dataset_revisions and the listener each web server keeps: a committed
// revision is heard by id within a second, and a killed connection is noticed and reopened.
import { Client } from 'pg';
import { listenForRevisions, type RevisionListener } from '@/lib/database/revision-listener';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
let listener: RevisionListener | undefined;

beforeAll(async () => {
  database = await createTestDatabase({ migrated: true });
});
afterEach(async () => listener?.close());
afterAll(async () => database.drop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!condition() && Date.now() < until) await sleep(10);
}

/** A revision as the writer allocates it (lib/dataset/write.ts): max + 1. */
async function insertRevision(): Promise<number> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO dataset_revisions (id, author, reason) SELECT COALESCE(MAX(id), 0) + 1, 'test', 'notify' FROM dataset_revisions RETURNING id`,
    );
    return rows[0].id;
  } finally {
    await client.end();
  }
}

test('a committed revision reaches a listener within a second, by id, and a rolled-back one never does', async () => {
  const heard: number[] = [];
  let listening = 0;
  listener = listenForRevisions({ databaseUrl: database.url, onRevision: (revision) => heard.push(revision), onListening: () => (listening += 1) });
  await waitFor(() => listening === 1, 5000);
  expect(listening).toBe(1);

  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`INSERT INTO dataset_revisions (id, author, reason) VALUES (1000, 'test', 'rolled back')`);
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
  const started = Date.now();
  const id = await insertRevision();
  await waitFor(() => heard.includes(id), 1000);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(heard).toEqual([id]);
});

test('a listener whose connection is killed says so, reconnects, and hears the next revision', async () => {
  const heard: number[] = [];
  let listening = 0;
  let lost = 0;
  listener = listenForRevisions({
    databaseUrl: database.url,
    onRevision: (revision) => heard.push(revision),
    onListening: () => (listening += 1),
    onLost: () => (lost += 1),
    retryMs: 100,
  });
  await waitFor(() => listening === 1, 5000);
  const admin = new Client({ connectionString: database.url });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sourced-figures-listener' AND datname = current_database()`,
    );
    expect(rowCount).toBe(1);
  } finally {
    await admin.end();
  }
  await waitFor(() => listening === 2, 5000);
  expect(lost).toBe(1);
  expect(listening).toBe(2);
  const id = await insertRevision();
  await waitFor(() => heard.includes(id), 1000);
  expect(heard).toEqual([id]);
});
