// The one write path under faults: a write killed halfway leaves nothing and wastes no revision
// number, text PostgreSQL cannot store is refused by row and column before anything is written, a
// bulk write that would point at a missing row is refused, and the bulk parameters carry any text.
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { createWritePool } from '@/lib/dataset/pool';
import { emptyPlan } from '@/lib/dataset/plan';
import { pgArray } from '@/lib/dataset/pg-array';
import { writeDataset } from '@/lib/dataset/write';
import { figureContentHash } from '@/lib/dataset/figure-key';
import { ImportError } from '@/lib/importer/errors';
import { importFiles } from '@/lib/importer/import-files';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { createTestDatabase, FIRST_SEED, type TestDatabase } from '../helpers/test-database';


let db: TestDatabase;
let client: Client;

beforeEach(async () => {
  db = await createTestDatabase({ seeded: FIRST_SEED });
  client = new Client({ connectionString: db.url });
  await client.connect();
});

afterEach(async () => {
  await client.end();
  await db.drop();
});

async function counts() {
  const { rows } = await client.query(`SELECT
    (SELECT count(*)::int FROM dataset_revisions) AS revisions, (SELECT count(*)::int FROM figures) AS figures,
    (SELECT count(*)::int FROM figure_versions) AS versions, (SELECT count(*)::int FROM claimants) AS claimants,
    (SELECT count(*)::int FROM publishers) AS publishers, (SELECT count(*)::int FROM series) AS series`);
  return rows[0];
}

/** A figures file of `n` new rows, each its own figure. */
function newFigures(n: number): string {
  const [header] = seedFigureLines(FIRST_SEED.figures);
  const rows = Array.from({ length: n }, (_, i) => `troops-deployed,${100 + i},exact,,,2024,2024,New claimant,New body,,New publisher,2024,https://example.org/${i},,`);
  return writeTempFile(`${header}\n${rows.join('\n')}\n`);
}

async function until<T>(probe: () => Promise<T | null>, what: string): Promise<T> {
  for (let i = 0; i < 600; i += 1) {
    const found = await probe();
    if (found !== null) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

it('leaves nothing behind and wastes no revision number when the import is killed inside its transaction', async () => {
  const before = await counts();
  // The import pauses inside its transaction, after its revision and its figures, before their
  // versions; the server notices a vanished client within 100 ms, even while it waits.
  await client.query(`ALTER DATABASE ${client.escapeIdentifier(new URL(db.url).pathname.slice(1))} SET client_connection_check_interval = '100ms'`);
  await client.query(`CREATE FUNCTION pause_import() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(60); RETURN NULL; END $$ LANGUAGE plpgsql`);
  await client.query('CREATE TRIGGER pause_import BEFORE INSERT ON figure_versions FOR EACH STATEMENT EXECUTE FUNCTION pause_import()');

  // node itself, not the tsx wrapper, so that the kill reaches the process holding the connection
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-import.ts', newFigures(5), '--reason', 'to be killed'], {
    env: { ...process.env, DATABASE_URL: db.url },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const pid = await until(async () => {
      const { rows } = await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`);
      return rows[0]?.pid ?? null;
    }, 'the import to pause inside its transaction');
    // Inside the transaction, the revision and the figures were written already.
    const { rows: locks } = await client.query(`SELECT count(*)::int AS held FROM pg_locks WHERE pid = $1 AND locktype = 'advisory'`, [pid]);
    expect(locks[0].held).toBe(1);
    child.kill('SIGKILL');
    await exited;
    await until(async () => {
      const { rows } = await client.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
      return rows.length === 0 ? true : null;
    }, 'the server to end the killed import’s session');
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  expect(await counts()).toEqual(before);

  await client.query('DROP TRIGGER pause_import ON figure_versions');
  const report = await importFiles({ databaseUrl: db.url, figuresFile: newFigures(5), author: 'test', reason: 'after the killed one' });
  // The seed is revision 1; the killed import's number 2 was never spent.
  expect(report).toMatchObject({ revision: 2, figuresCreated: 5 });
  expect((await client.query('SELECT array_agg(id ORDER BY id) AS ids FROM dataset_revisions')).rows[0].ids).toEqual([1, 2]);
});

it('refuses NUL bytes and control characters by row and column before writing anything', async () => {
  const before = await counts();
  const [header] = seedFigureLines(FIRST_SEED.figures);
  const rows = ['troops-deployed,1,exact,,,2024,2024,Dorothy\u0000Shea,US Government,,UPI,2024,,,', 'troops-deployed,2,exact,,,2024,2024,A,B,,C,2024,,,a note with a bell\u0007'];
  const error = await importFiles({ databaseUrl: db.url, figuresFile: writeTempFile(`${header}\n${rows.join('\n')}\n`), author: 'test', reason: 'bad bytes' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).issues).toEqual([
    { row: 2, column: 'claimant', message: 'contains a NUL byte at character 8; remove it' },
    { row: 3, column: 'note', message: 'contains the control character U+0007 at character 19; remove it' },
  ]);
  expect(await counts()).toEqual(before);
});

it('writes a large file in bulk with every reference checked, and refuses one that would point at a missing figure', async () => {
  expect(await importFiles({ databaseUrl: db.url, figuresFile: newFigures(2_500), author: 'test', reason: 'bulk' })).toMatchObject({ revision: 2, figuresCreated: 2_500 });
  const { rows: orphans } = await client.query(`SELECT count(*)::int AS n FROM figure_versions v
    WHERE NOT EXISTS (SELECT 1 FROM figures f WHERE f.id = v.figure_id) OR NOT EXISTS (SELECT 1 FROM claimants c WHERE c.id = v.claimant_id)
       OR NOT EXISTS (SELECT 1 FROM publishers p WHERE p.id = v.publisher_id) OR NOT EXISTS (SELECT 1 FROM series s WHERE s.id = v.series_id)`);
  expect(orphans[0].n).toBe(0);

  const before = await counts();
  const pool = createWritePool(db.url);
  try {
    const { rows } = await client.query(`SELECT v.figure_id, v.series_id, v.id, v.version FROM figure_versions v WHERE v.valid_to_rev IS NULL LIMIT 1`);
    const content = {
      value: '1', qualifier: 'exact' as const, valueLow: null, valueHigh: null, periodStart: null, periodEnd: null,
      claimant: { name: 'A', organization: 'B' }, via: null, publisher: { name: 'C' }, url: null, publicationTitle: null, publishedOn: null, quote: null, note: null,
    };
    const plan = emptyPlan();
    plan.figures = Array.from({ length: 2_100 }, (_, i) => ({
      figure: i === 0 ? { id: 987_654, seriesId: rows[0].series_id } : { key: `k${i}`, seriesSlug: 'troops-deployed' },
      replaces: null,
      change: 'created' as const,
      content,
      contentHash: figureContentHash(content),
    }));
    await expect(writeDataset(pool, { actor: { userId: null, name: 'test' }, reason: 'broken' }, async () => ({ plan, result: null }))).rejects.toThrow(
      'the write would leave figure versions pointing at figures that do not exist; nothing was written',
    );
  } finally {
    await pool.end();
  }
  expect(await counts()).toEqual(before);
});

it('passes any text through the bulk parameters unchanged', async () => {
  const texts = ['plain', 'a "quoted" word', 'back\\slash', 'comma, and {braces}', 'line\nbreak\ttab', 'NULL', '', 'ünïcödé ✓', '\\"', null];
  const { rows } = await client.query('SELECT unnest($1::text[]) AS t', [pgArray(texts)]);
  expect(rows.map((r) => r.t)).toEqual(texts);
  const numbers = [0, -1, 12.5, 1e6];
  expect((await client.query('SELECT unnest($1::numeric[])::text AS n', [pgArray(numbers)])).rows.map((r) => Number(r.n))).toEqual(numbers);
});
