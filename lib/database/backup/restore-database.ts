// Loads a backup file into an empty database: migrates it to the level the backup was made at, loads
// every table and sequence in one transaction (a bad or cut-short file leaves no row behind), then
// applies the migrations that came after, so a backup made by an older version of the app restores
// into this one. Rows pass from the file to PostgreSQL as JSON (json_populate_recordset), never
// through JavaScript numbers or dates, and a batch at a time.
import { Client, DatabaseError } from 'pg';
import { applyMigrations, readMigrations } from '../migrate';
import { backupLines } from './files';
import { setStableOutput } from './export-database';
import { BackupFileError, parseEnd, parseHeader, parseSequences, parseTableHeader, type BackupHeader } from './format';
import { readMigrationLevel, readTables, SCHEMA, type TableInfo } from './tables';

const BATCH_ROWS = 1000;
const BATCH_CHARS = 8_000_000;

export class RestoreRefused extends Error {}

export interface RestoreReport {
  /** The migration level of the backup. */
  migration: string;
  tables: { name: string; rows: number }[];
  rows: number;
  /** The migrations applied after the load, to bring the restored data up to this version. */
  migratedAfter: string[];
}

export interface RestoreOptions {
  log?: (message: string) => void;
  /** Said in the refusal of a database that is not empty, e.g. how to get an empty one. */
  emptyHint?: string;
}

const isPrefix = (prefix: string[], of: string[]) => prefix.length <= of.length && prefix.every((name, i) => of[i] === name);

function checkBackupLevel(header: BackupHeader): void {
  const local = readMigrations().map((migration) => migration.name);
  if (!isPrefix(header.migrations, local)) {
    const unknown = header.migrations.find((name, i) => local[i] !== name);
    throw new RestoreRefused(
      `The backup was made at migration ${header.migrations[header.migrations.length - 1]}, but this version of the app does not have ` +
        `migration ${unknown} where the backup has it: restore it with the version of the app that made it (or a later one).`,
    );
  }
}

/** The tables that hold rows, with their counts; transient ones do not count (a backup never has them). */
async function occupiedTables(client: Client, tables: TableInfo[]): Promise<string[]> {
  const occupied: string[] = [];
  for (const table of tables.filter((t) => t.kind !== 'transient')) {
    const name = client.escapeIdentifier(table.name);
    const { rows } = await client.query<{ count: string }>(`SELECT count(*)::text AS count FROM (SELECT 1 FROM ${name} LIMIT 1000001) AS t`);
    if (rows[0].count !== '0') occupied.push(`${table.name}: ${rows[0].count === '1000001' ? 'over a million' : rows[0].count} rows`);
  }
  return occupied;
}

async function refuseUnlessEmpty(client: Client, hint: string): Promise<void> {
  const occupied = await occupiedTables(client, await readTables(client));
  if (occupied.length > 0) {
    throw new RestoreRefused(`The database is not empty (${occupied.join(', ')}), and a backup is loaded only into an empty one, so nothing was changed.${hint ? ` ${hint}` : ''}`);
  }
}

function sameColumns(table: TableInfo, columns: string[]): string | null {
  const missing = columns.filter((column) => !table.columns.includes(column));
  const extra = table.columns.filter((column) => !columns.includes(column));
  if (missing.length === 0 && extra.length === 0) return null;
  return [
    missing.length > 0 ? `the backup has columns ${missing.join(', ')} that the database lacks` : '',
    extra.length > 0 ? `the database has columns ${extra.join(', ')} that the backup lacks` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

async function insertBatch(client: Client, table: TableInfo, rows: string[], lastLine: number): Promise<void> {
  const name = client.escapeIdentifier(table.name);
  const columns = table.writable.map((column) => client.escapeIdentifier(column)).join(', ');
  try {
    await client.query(`INSERT INTO ${name} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${name}, $1::json)`, [`[${rows.join(',')}]`]);
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    throw new BackupFileError(`table ${table.name}, lines ${lastLine - rows.length + 1} to ${lastLine}: ${error.message}`);
  }
}

async function restoreSequence(client: Client, name: string, lastValue: string | null): Promise<void> {
  const { rowCount } =
    lastValue === null
      ? await client.query(
          `SELECT setval(format('%I.%I', s.schemaname, s.sequencename)::regclass, s.start_value, false)
           FROM pg_catalog.pg_sequences s WHERE s.schemaname = $1 AND s.sequencename = $2`,
          [SCHEMA, name],
        )
      : await client.query(
          `SELECT setval(format('%I.%I', s.schemaname, s.sequencename)::regclass, $3::bigint, true)
           FROM pg_catalog.pg_sequences s WHERE s.schemaname = $1 AND s.sequencename = $2`,
          [SCHEMA, name, lastValue],
        );
  if (rowCount !== 1) throw new BackupFileError(`the backup names sequence ${name}, which the database does not have`);
}

export async function restoreDatabase(databaseUrl: string, file: string, { log = () => undefined, emptyHint = '' }: RestoreOptions = {}): Promise<RestoreReport> {
  const lines = backupLines(file);
  let lineNumber = 0;
  const next = async (): Promise<string | undefined> => {
    const result = await lines.next();
    if (result.done) return undefined;
    lineNumber += 1;
    return result.value;
  };
  try {
    const header = parseHeader(await next());
    checkBackupLevel(header);
    const level = header.migrations[header.migrations.length - 1];

    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const applied = (await readMigrationLevel(client)) ?? [];
      if (!isPrefix(applied, header.migrations)) {
        throw new RestoreRefused(
          `The database is migrated to ${applied[applied.length - 1]}, past the backup's ${level}, so nothing was changed: ` +
            `restore into a new, empty database, which is migrated to ${level}, loaded, then migrated to the latest.`,
        );
      }
      await refuseUnlessEmpty(client, emptyHint);
      await applyMigrations(databaseUrl, log, { until: level });

      await client.query('BEGIN');
      let report: RestoreReport;
      try {
        await setStableOutput(client);
        // Again inside the transaction: nothing may have arrived since the first look.
        await refuseUnlessEmpty(client, emptyHint);
        const schema = new Map((await readTables(client)).map((table) => [table.name, table]));
        const tables: RestoreReport['tables'] = [];
        for (const name of header.tables) {
          const section = parseTableHeader((await next()) ?? '', lineNumber, name);
          const table = schema.get(name);
          if (!table) throw new BackupFileError(`the backup has table ${name}, which the database at ${level} does not have`);
          const mismatch = sameColumns(table, section.columns);
          if (mismatch) throw new BackupFileError(`table ${name}: ${mismatch}`);
          let batch: string[] = [];
          let chars = 0;
          for (let i = 0; i < section.rows; i += 1) {
            const row = await next();
            if (row === undefined || !row.startsWith('{')) {
              throw new BackupFileError(`table ${name} should have ${section.rows} rows, but line ${lineNumber} ${row === undefined ? 'is past the end of the file' : 'is not a row'}`);
            }
            batch.push(row);
            chars += row.length;
            if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
              await insertBatch(client, table, batch, lineNumber);
              batch = [];
              chars = 0;
            }
          }
          if (batch.length > 0) await insertBatch(client, table, batch, lineNumber);
          tables.push({ name, rows: section.rows });
          log(`restored ${name}: ${section.rows} rows`);
        }
        const { sequences } = parseSequences((await next()) ?? '', lineNumber);
        for (const [name, lastValue] of Object.entries(sequences)) await restoreSequence(client, name, lastValue);
        const { end } = parseEnd(await next(), lineNumber + 1);
        const rows = tables.reduce((sum, table) => sum + table.rows, 0);
        if (end.tables !== tables.length || end.rows !== rows) {
          throw new BackupFileError(`the backup's last line counts ${end.tables} tables and ${end.rows} rows, but it holds ${tables.length} and ${rows}`);
        }
        const trailing = await next();
        if (trailing !== undefined && trailing !== '') throw new BackupFileError(`line ${lineNumber} follows the end of the backup`);
        await client.query('COMMIT');
        report = { migration: level, tables, rows, migratedAfter: [] };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      report.migratedAfter = await applyMigrations(databaseUrl, log);
      // Fresh statistics, so that the first queries on the restored data plan as they did before.
      await client.query('ANALYZE');
      return report;
    } finally {
      await client.end();
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw new BackupFileError(`${file}: ${error.message}; nothing was restored.`);
    throw error;
  } finally {
    await lines.return(undefined);
  }
}
