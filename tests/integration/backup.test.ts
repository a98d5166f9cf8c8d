// Backups, through the scripts people run (npm run db:export / db:restore), against real PostgreSQL:
// export, restore into an empty database and export again gives the same file, byte for byte, and
// the same rows in every table the schema has (read from the catalog here, not listed), on the seed
// data after a correction and a retirement, with and without accounts (whatever account tables the
// schema has get a row each), on DATABASE_URL and on the embedded default. A database that is not
// empty, a cut-short file and a table nobody classified are refused with nothing changed; an older
// backup is restored at its own migration level and migrated after.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Client } from 'pg';
import { applyMigrations, readMigrations } from '@/lib/database/migrate';
import { ACCOUNT_TABLES, TRANSIENT_TABLES } from '@/lib/database/backup/tables';
import { correctOneFigure, retireOneFigure } from '../helpers/dataset-changes';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

jest.setTimeout(240_000);

const TSX = path.join('node_modules', '.bin', 'tsx');
const SAMPLE_MARK = 'backup-sample';

let dir: string;
let source: TestDatabase;
const dropLater: TestDatabase[] = [];

function script(file: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(TSX, [file, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const onUrl = (url: string) => ({ DATABASE_URL: url });

function exportTo(name: string, env: Record<string, string>, extra: string[] = []): string {
  const file = path.join(dir, name);
  const result = script('scripts/db-export.ts', [file, ...extra], env);
  if (result.status !== 0) throw new Error(`db:export failed:\n${result.output}`);
  return file;
}

async function emptyDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase({ migrated: false });
  dropLater.push(db);
  return db;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

interface Column {
  name: string;
  type: string;
  udt: string;
  hasDefault: boolean;
  references: { table: string; column: string } | null;
}

/** The schema's tables, from the catalog, each with its columns and where its foreign keys point. */
async function schemaTables(client: Client): Promise<Map<string, Column[]>> {
  const { rows } = await client.query<{ table: string; column: string; type: string; udt: string; has_default: boolean; ref_table: string | null; ref_column: string | null }>(
    `SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type, c.udt_name AS udt,
            c.column_default IS NOT NULL OR c.is_identity = 'YES' AS has_default,
            ref.table_name AS ref_table, ref.column_name AS ref_column
     FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     LEFT JOIN information_schema.key_column_usage k
       ON k.table_schema = c.table_schema AND k.table_name = c.table_name AND k.column_name = c.column_name
      AND k.constraint_name IN (SELECT constraint_name FROM information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY')
     LEFT JOIN information_schema.constraint_column_usage ref ON ref.constraint_name = k.constraint_name
     WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, Column[]>();
  for (const row of rows) {
    const columns = tables.get(row.table) ?? [];
    columns.push({
      name: row.column,
      type: row.type,
      udt: row.udt,
      hasDefault: row.has_default,
      references: row.ref_table && row.ref_column ? { table: row.ref_table, column: row.ref_column } : null,
    });
    tables.set(row.table, columns);
  }
  return tables;
}

async function sampleValue(client: Client, column: Column): Promise<unknown> {
  switch (column.type) {
    case 'boolean':
      return true;
    case 'smallint':
    case 'integer':
    case 'bigint':
      return 7;
    case 'numeric':
    case 'double precision':
    case 'real':
      return '7.25';
    case 'date':
      return '2026-01-02';
    case 'timestamp with time zone':
    case 'timestamp without time zone':
      return '2026-01-02T03:04:05.678Z';
    case 'json':
    case 'jsonb':
      return JSON.stringify({ mark: SAMPLE_MARK });
    case 'ARRAY':
      return '{}';
    case 'USER-DEFINED': {
      const { rows } = await client.query<{ label: string }>(
        'SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder LIMIT 1',
        [column.udt],
      );
      return rows[0].label;
    }
    default:
      return `${SAMPLE_MARK}-${column.name}`;
  }
}

/**
 * One row in each of `names` that the schema has, parents first: every column without a default gets
 * a value of its type (a foreign key gets its parent's row), so the row is whatever the table holds.
 */
async function fillSampleRows(url: string, names: readonly string[]): Promise<string[]> {
  return withClient(url, async (client) => {
    const tables = await schemaTables(client);
    let pending = names.filter((name) => tables.has(name));
    const filled: string[] = [];
    while (pending.length > 0) {
      const ready = pending.filter((name) => (tables.get(name) ?? []).every((c) => !c.references || c.references.table === name || !pending.includes(c.references.table)));
      if (ready.length === 0) throw new Error(`cannot order ${pending.join(', ')} to fill them`);
      for (const name of ready) {
        const columns = (tables.get(name) ?? []).filter((c) => !c.hasDefault);
        const values: unknown[] = [];
        for (const column of columns) {
          if (column.references && column.references.table !== name) {
            const parent = await client.query(
              `SELECT ${client.escapeIdentifier(column.references.column)} AS value FROM ${client.escapeIdentifier(column.references.table)} LIMIT 1`,
            );
            values.push(parent.rows[0]?.value ?? null);
          } else {
            values.push(await sampleValue(client, column));
          }
        }
        const list = columns.map((c) => client.escapeIdentifier(c.name)).join(', ');
        const params = columns.map((_, i) => `$${i + 1}`).join(', ');
        await client.query(
          columns.length === 0 ? `INSERT INTO ${client.escapeIdentifier(name)} DEFAULT VALUES` : `INSERT INTO ${client.escapeIdentifier(name)} (${list}) VALUES (${params})`,
          values,
        );
        filled.push(name);
      }
      pending = pending.filter((name) => !ready.includes(name));
    }
    return filled;
  });
}

/** Every table's rows (as JSON, sorted) and every sequence's position: what "the same data" means. */
async function contents(url: string): Promise<{ tables: Record<string, string[]>; sequences: Record<string, string | null> }> {
  return withClient(url, async (client) => {
    await client.query("SET TIME ZONE 'UTC'");
    const tables: Record<string, string[]> = {};
    for (const name of (await schemaTables(client)).keys()) {
      const { rows } = await client.query<{ line: string }>(`SELECT row_to_json(t)::text AS line FROM ${client.escapeIdentifier(name)} AS t`);
      tables[name] = rows.map((row) => row.line).sort();
    }
    const { rows } = await client.query<{ name: string; last_value: string | null }>(
      "SELECT sequencename AS name, last_value::text AS last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename",
    );
    return { tables, sequences: Object.fromEntries(rows.map((row) => [row.name, row.last_value])) };
  });
}

function text(file: string): string {
  return (file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file)).toString('utf8');
}

function header(file: string): { migrations: string[]; accounts: boolean; tables: string[] } {
  return JSON.parse(text(file).split('\n')[0]);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sf-backup-'));
  source = await createTestDatabase({ seeded: true });
  await correctOneFigure(source.url);
  await retireOneFigure(source.url);
  await withClient(source.url, (client) =>
    client.query("INSERT INTO short_links (code, path, query, state_hash) VALUES ('k7Wd3mPq9X', '/explore', 's=troops-deployed&v=1', 'backup-test-state')"),
  );
  await fillSampleRows(source.url, [...ACCOUNT_TABLES, ...TRANSIENT_TABLES]);
});

afterAll(async () => {
  await source?.drop();
  for (const db of dropLater) await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('export, restore, export', () => {
  it('gives the same file and the same rows in every data table, without accounts or transient rows', async () => {
    const first = exportTo('first.jsonl', onUrl(source.url));
    const schema = await withClient(source.url, schemaTables);
    const kept = [...schema.keys()].filter((name) => !ACCOUNT_TABLES.includes(name) && !TRANSIENT_TABLES.includes(name));
    expect(header(first)).toMatchObject({ accounts: false, migrations: readMigrations().map((m) => m.name) });
    expect([...header(first).tables].sort()).toEqual(kept.sort());
    expect(header(first).tables).toEqual(expect.arrayContaining(['dataset_revisions', 'series', 'figures', 'figure_versions', 'events', 'claimants', 'publishers', 'short_links']));
    expect(readFileSync(first, 'utf8')).not.toContain(SAMPLE_MARK);

    const target = await emptyDatabase();
    const restore = script('scripts/db-restore.ts', [first], onUrl(target.url));
    expect(restore.output).toMatch(/restored \d+ rows into \d+ tables from a backup at migration /);
    expect(restore.status).toBe(0);

    const second = exportTo('second.jsonl', onUrl(target.url));
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));

    const before = await contents(source.url);
    const after = await contents(target.url);
    for (const name of kept) expect({ name, rows: after.tables[name] }).toEqual({ name, rows: before.tables[name] });
    for (const name of [...ACCOUNT_TABLES, ...TRANSIENT_TABLES].filter((n) => schema.has(n))) expect({ name, rows: after.tables[name] }).toEqual({ name, rows: [] });
    // Every version of the corrected and the retired figure came across.
    expect(after.tables.figure_versions.length).toBe(before.tables.figure_versions.length);
    expect(after.tables.figure_versions.some((row) => JSON.parse(row).change === 'retired')).toBe(true);
    expect(after.tables.figure_versions.some((row) => JSON.parse(row).change === 'corrected')).toBe(true);
  });

  it('with --with-accounts, also carries every account table the schema has, and still no transient rows', async () => {
    const schema = await withClient(source.url, schemaTables);
    const accounts = ACCOUNT_TABLES.filter((name) => schema.has(name));
    const first = exportTo('accounts-first.jsonl.gz', onUrl(source.url), ['--with-accounts']);
    expect([...readFileSync(first).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(header(first)).toMatchObject({ accounts: true, tables: expect.arrayContaining(accounts) });
    expect(text(first)).toBe(readFileSync(exportTo('accounts-plain.jsonl', onUrl(source.url), ['--with-accounts']), 'utf8'));

    const target = await emptyDatabase();
    const restore = script('scripts/db-restore.ts', [first], onUrl(target.url));
    expect(restore.status).toBe(0);
    const second = exportTo('accounts-second.jsonl.gz', onUrl(target.url), ['--with-accounts']);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);

    const before = await contents(source.url);
    const after = await contents(target.url);
    for (const name of accounts) {
      expect(before.tables[name]).toHaveLength(1);
      expect({ name, rows: after.tables[name] }).toEqual({ name, rows: before.tables[name] });
    }
    for (const name of TRANSIENT_TABLES.filter((n) => schema.has(n))) expect({ name, rows: after.tables[name] }).toEqual({ name, rows: [] });
    // Sequences count on where they left off (a transient table's own starts afresh).
    const counted = (sequences: Record<string, string | null>) =>
      Object.entries(sequences).filter(([name]) => !TRANSIENT_TABLES.some((table) => name.startsWith(`${table}_`)));
    expect(counted(after.sequences)).toEqual(counted(before.sequences));
    expect(counted(after.sequences).length).toBeGreaterThan(0);
  });

  it('works on the embedded default as on DATABASE_URL', () => {
    const first = exportTo('embedded-source.jsonl', onUrl(source.url));
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sf-backup-embedded-'));
    try {
      const embedded = { DATABASE_URL: '', SF_DATA_DIR: dataDir, SF_EMBEDDED_PORT: '0' };
      const restore = script('scripts/db-restore.ts', [first], embedded);
      expect(restore.output).toContain('database: embedded PostgreSQL');
      expect(restore.status).toBe(0);
      expect(readFileSync(exportTo('embedded-second.jsonl', embedded), 'utf8')).toBe(readFileSync(first, 'utf8'));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('restore refuses', () => {
  it('a database that is not empty, naming what it holds and changing nothing', async () => {
    const file = exportTo('refused.jsonl', onUrl(source.url));
    const before = await contents(source.url);
    const result = script('scripts/db-restore.ts', [file], onUrl(source.url));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/The database is not empty \(.*dataset_revisions: \d+ rows.*\), and a backup is loaded only into an empty one, so nothing was changed\. Create a new database/);
    expect(await contents(source.url)).toEqual(before);
  });

  it('a file cut short or damaged, leaving no row behind', async () => {
    const lines = readFileSync(exportTo('whole.jsonl', onUrl(source.url)), 'utf8').split('\n');
    const versions = lines.findIndex((line) => line.startsWith('{"table":"figure_versions"'));
    const cut = path.join(dir, 'cut.jsonl');
    writeFileSync(cut, `${lines.slice(0, versions + 3).join('\n')}\n`);
    const damaged = path.join(dir, 'damaged.jsonl');
    writeFileSync(damaged, lines.map((line, i) => (i === versions + 2 ? line.replace(/"qualifier":"[a-z_]+"/, '"qualifier":"moar_than"') : line)).join('\n'));

    for (const [file, message] of [
      [cut, /cut\.jsonl: table figure_versions should have \d+ rows, but line \d+ is past the end of the file; nothing was restored\./],
      [damaged, /damaged\.jsonl: table figure_versions, lines \d+ to \d+: invalid input value for enum "Qualifier": "moar_than"; nothing was restored\./],
    ] as const) {
      const target = await emptyDatabase();
      const result = script('scripts/db-restore.ts', [file], onUrl(target.url));
      expect(result.output).toMatch(message);
      expect(result.status).toBe(1);
      const left = await contents(target.url);
      expect(Object.entries(left.tables).filter(([, rows]) => rows.length > 0)).toEqual([]);
    }
  });

  it('never overwrites a file, and an export names a new table nobody classified that points at a transient one', async () => {
    const file = exportTo('once.jsonl', onUrl(source.url));
    const again = script('scripts/db-export.ts', [file], onUrl(source.url));
    expect(again.output).toContain('already exists; choose another name');
    expect(again.status).toBe(1);

    const db = await createTestDatabase({ seeded: true });
    dropLater.push(db);
    await withClient(db.url, async (client) => {
      await client.query('CREATE TABLE limit_notes (id integer PRIMARY KEY, key text REFERENCES rate_limits (key))');
    });
    const refused = script('scripts/db-export.ts', [path.join(dir, 'unclassified.jsonl')], onUrl(db.url));
    expect(refused.output).toContain('Table limit_notes refers to rate_limits, which a backup without --with-accounts leaves out');
    expect(refused.status).toBe(1);
  });
});

describe('the schema, not a list', () => {
  it('backs up a table added after this code was written, and a restore without it refuses the file', async () => {
    const db = await createTestDatabase({ seeded: true });
    dropLater.push(db);
    await withClient(db.url, (client) => client.query("CREATE TABLE added_later (id integer PRIMARY KEY, note text); INSERT INTO added_later VALUES (1, 'kept')"));
    const file = exportTo('added.jsonl', onUrl(db.url));
    expect(header(file).tables).toContain('added_later');
    expect(readFileSync(file, 'utf8')).toContain('{"table":"added_later","columns":["id","note"],"rows":1}\n{"id":1,"note":"kept"}\n');

    const target = await emptyDatabase();
    const result = script('scripts/db-restore.ts', [file], onUrl(target.url));
    expect(result.output).toMatch(/the backup has table added_later, which the database at \S+ does not have; nothing was restored/);
    expect(result.status).toBe(1);
  });

  it('restores a backup made at an older migration level at that level, then migrates it', async () => {
    const all = readMigrations().map((m) => m.name);
    const older = all[all.length - 2];
    const db = await emptyDatabase();
    await applyMigrations(db.url, () => undefined, { until: older });
    await withClient(db.url, (client) => client.query("INSERT INTO dataset_revisions (id, author, reason) VALUES (1, 'then', 'made before the last migration')"));
    const file = exportTo('older.jsonl', onUrl(db.url));
    expect(header(file).migrations).toEqual(all.slice(0, -1));

    const target = await emptyDatabase();
    const result = script('scripts/db-restore.ts', [file], onUrl(target.url));
    expect(result.output).toContain(`from a backup at migration ${older}, then applied ${all[all.length - 1]}`);
    expect(result.status).toBe(0);
    const restored = await contents(target.url);
    expect(restored.tables.dataset_revisions.map((row) => JSON.parse(row).reason)).toEqual(['made before the last migration']);
    expect(header(exportTo('older-restored.jsonl', onUrl(target.url))).migrations).toEqual(all);
  });
});
