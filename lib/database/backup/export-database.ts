// Writes the whole dataset as a backup file (lib/database/backup/format.ts): one read-only snapshot,
// so that the tables agree with each other even while the app writes, and a cursor per table, so
// that a million figures pass through a few thousand rows of memory.
import type { Writable } from 'node:stream';
import { Client } from 'pg';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from './format';
import { writeText } from './files';
import { backupPlan, readMigrationLevel, readSequences, readTables, type TableInfo } from './tables';

const FETCH_ROWS = 2000;

export interface ExportOptions {
  withAccounts: boolean;
}

export interface ExportReport {
  migration: string;
  tables: { name: string; rows: number }[];
  rows: number;
}

/** Settings that fix how PostgreSQL spells values, so that a backup reads the same from any server. */
export async function setStableOutput(client: Client): Promise<void> {
  for (const [name, value] of [
    ['TimeZone', 'UTC'],
    ['DateStyle', 'ISO, YMD'],
    ['IntervalStyle', 'iso_8601'],
    ['extra_float_digits', '1'],
    ['bytea_output', 'hex'],
  ]) {
    await client.query('SELECT set_config($1, $2, true)', [name, value]);
  }
}

export function orderByKey(client: Client, table: TableInfo): string {
  return table.primaryKey
    .map(({ column, text }) => `t.${client.escapeIdentifier(column)}${text ? ' COLLATE "C"' : ''}`)
    .join(', ');
}

async function exportTable(client: Client, table: TableInfo, out: Writable): Promise<number> {
  const name = client.escapeIdentifier(table.name);
  const { rows } = await client.query<{ count: string }>(`SELECT count(*)::text AS count FROM ${name}`);
  const count = Number(rows[0].count);
  await writeText(out, `${JSON.stringify({ table: table.name, columns: table.columns, rows: count })}\n`);
  await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${name} AS t ORDER BY ${orderByKey(client, table)}`);
  let written = 0;
  for (;;) {
    const batch = await client.query<{ line: string }>(`FETCH ${FETCH_ROWS} FROM backup_rows`);
    if (batch.rows.length === 0) break;
    written += batch.rows.length;
    await writeText(out, `${batch.rows.map((row) => row.line).join('\n')}\n`);
  }
  await client.query('CLOSE backup_rows');
  // The count and the rows come from one snapshot; a difference would be a bug worth stopping for.
  if (written !== count) throw new Error(`table ${table.name}: counted ${count} rows but read ${written}`);
  return count;
}

export async function exportDatabase(databaseUrl: string, out: Writable, { withAccounts }: ExportOptions): Promise<ExportReport> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await setStableOutput(client);
    const migrations = await readMigrationLevel(client);
    if (!migrations || migrations.length === 0) {
      throw new Error('The database has no migrations applied, so it holds no dataset to back up (run `npm run db:migrate` first).');
    }
    const plan = backupPlan(await readTables(client), withAccounts);
    const names = new Set(plan.map((table) => table.name));
    const sequences = (await readSequences(client)).filter((sequence) => sequence.table === null || names.has(sequence.table));

    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, migrations, accounts: withAccounts, tables: [...names] };
    await writeText(out, `${JSON.stringify(header)}\n`);
    const tables: ExportReport['tables'] = [];
    for (const table of plan) tables.push({ name: table.name, rows: await exportTable(client, table, out) });
    await writeText(out, `${JSON.stringify({ sequences: Object.fromEntries(sequences.map((s) => [s.name, s.lastValue])) })}\n`);
    const rows = tables.reduce((sum, table) => sum + table.rows, 0);
    await writeText(out, `${JSON.stringify({ end: { tables: tables.length, rows } })}\n`);
    await client.query('COMMIT');
    return { migration: migrations[migrations.length - 1], tables, rows };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
