// Which tables a backup holds, read from the database's own catalog rather than listed by hand, so
// that a table added by a migration is backed up from the day it exists. Only two small lists are
// kept here: the tables that hold accounts (backed up only on request) and the tables whose rows are
// not worth keeping. Everything else is data. A table that refers to a table the backup leaves out
// is an error, not a silent gap: such a backup could not be restored.
//
// Table and column names reach SQL as quoted identifiers (pg's escapeIdentifier), and only names read
// from pg_catalog; values always travel as bind parameters.
import type { Client } from 'pg';

export const SCHEMA = 'public';

/** Accounts: in a backup only with --with-accounts (password hashes, token hashes, e-mail addresses). */
export const ACCOUNT_TABLES: readonly string[] = ['users', 'auth_accounts', 'api_tokens'];

/**
 * Never backed up: counters that expire within minutes (rate_limits), and sign-ins and one-time codes
 * that expire within days (sessions, verifications), which in a backup file would hand whoever holds
 * it a live session. Restored accounts sign in again.
 */
export const TRANSIENT_TABLES: readonly string[] = ['rate_limits', 'sessions', 'verifications'];

/** Prisma's record of applied migrations: a backup names its migration level in its header instead. */
const MIGRATIONS_TABLE = '_prisma_migrations';

export type TableKind = 'data' | 'accounts' | 'transient';

export interface TableInfo {
  name: string;
  kind: TableKind;
  /** Every column, in the table's order. */
  columns: string[];
  /** The columns a restore writes (generated columns are computed by the database). */
  writable: string[];
  /** Its primary key's columns; text ones are ordered bytewise (COLLATE "C"), the same on every server. */
  primaryKey: { column: string; text: boolean }[];
  /** The tables its foreign keys point at, itself excluded. */
  references: string[];
}

export interface SequenceInfo {
  name: string;
  /** The table whose column owns it, if any. */
  table: string | null;
  /** Null when the sequence has never been used. */
  lastValue: string | null;
  startValue: string;
}

export function tableKind(name: string): TableKind {
  if (ACCOUNT_TABLES.includes(name)) return 'accounts';
  if (TRANSIENT_TABLES.includes(name)) return 'transient';
  return 'data';
}

/** Every table of the schema but Prisma's migrations table, with its columns, key and references. */
export async function readTables(client: Client): Promise<TableInfo[]> {
  const columns = await client.query<{ table: string; column: string; generated: boolean }>(
    `SELECT c.relname AS table, a.attname AS column, a.attgenerated <> '' AS generated
     FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $2
     ORDER BY c.relname, a.attnum`,
    [SCHEMA, MIGRATIONS_TABLE],
  );
  const keys = await client.query<{ table: string; column: string; text: boolean }>(
    `SELECT c.relname AS table, a.attname AS column, a.attcollation <> 0 AS text
     FROM pg_catalog.pg_index i
     JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
     JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE n.nspname = $1 AND i.indisprimary
     ORDER BY c.relname, k.position`,
    [SCHEMA],
  );
  const references = await client.query<{ table: string; references: string }>(
    `SELECT DISTINCT child.relname AS table, parent.relname AS references
     FROM pg_catalog.pg_constraint con
     JOIN pg_catalog.pg_class child ON child.oid = con.conrelid
     JOIN pg_catalog.pg_class parent ON parent.oid = con.confrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = child.relnamespace
     WHERE con.contype = 'f' AND n.nspname = $1 AND parent.oid <> child.oid`,
    [SCHEMA],
  );

  const tables = new Map<string, TableInfo>();
  for (const row of columns.rows) {
    let table = tables.get(row.table);
    if (!table) {
      table = { name: row.table, kind: tableKind(row.table), columns: [], writable: [], primaryKey: [], references: [] };
      tables.set(row.table, table);
    }
    table.columns.push(row.column);
    if (!row.generated) table.writable.push(row.column);
  }
  for (const row of keys.rows) tables.get(row.table)?.primaryKey.push({ column: row.column, text: row.text });
  for (const row of references.rows) tables.get(row.table)?.references.push(row.references);
  return [...tables.values()];
}

/** The schema's sequences, with the table that owns each and how far it has counted. */
export async function readSequences(client: Client): Promise<SequenceInfo[]> {
  const { rows } = await client.query<{ name: string; table: string | null; last_value: string | null; start_value: string }>(
    `SELECT s.sequencename AS name, owner.relname AS table, s.last_value::text AS last_value, s.start_value::text AS start_value
     FROM pg_catalog.pg_sequences s
     JOIN pg_catalog.pg_namespace n ON n.nspname = s.schemaname
     JOIN pg_catalog.pg_class seq ON seq.relname = s.sequencename AND seq.relnamespace = n.oid
     LEFT JOIN pg_catalog.pg_depend d
       ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = seq.oid
      AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i')
     LEFT JOIN pg_catalog.pg_class owner ON owner.oid = d.refobjid
     WHERE s.schemaname = $1
     ORDER BY s.sequencename`,
    [SCHEMA],
  );
  return rows.map((row) => ({ name: row.name, table: row.table, lastValue: row.last_value, startValue: row.start_value }));
}

/** The migrations the database has applied, by name, in order; null when it has no migrations table. */
export async function readMigrationLevel(client: Client): Promise<string[] | null> {
  const exists = await client.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [`"${SCHEMA}"."${MIGRATIONS_TABLE}"`]);
  if (!exists.rows[0]?.found) return null;
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "${SCHEMA}"."${MIGRATIONS_TABLE}"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/**
 * The tables a backup holds, parents before the tables that refer to them (then by name), or an
 * error naming a table that refers to one left out, or tables that refer to each other in a circle.
 */
export function backupPlan(tables: TableInfo[], withAccounts: boolean): TableInfo[] {
  const included = tables.filter((table) => table.kind === 'data' || (withAccounts && table.kind === 'accounts'));
  const names = new Set(included.map((table) => table.name));
  for (const table of included) {
    const missing = table.references.filter((name) => !names.has(name));
    if (missing.length > 0) {
      throw new Error(
        `Table ${table.name} refers to ${missing.join(', ')}, which ${withAccounts ? 'no backup holds' : 'a backup without --with-accounts leaves out'}, ` +
          'so the backup could not be restored: say which kind of table it is in ACCOUNT_TABLES or TRANSIENT_TABLES (lib/database/backup/tables.ts).',
      );
    }
    if (table.primaryKey.length === 0) {
      throw new Error(`Table ${table.name} has no primary key, so its rows have no stable order for a backup; give it one.`);
    }
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  let remaining = [...included].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  while (remaining.length > 0) {
    const ready = remaining.filter((table) => table.references.every((name) => done.has(name)));
    if (ready.length === 0) {
      throw new Error(`Tables ${remaining.map((table) => table.name).join(', ')} refer to each other in a circle; a backup cannot order them.`);
    }
    for (const table of ready) {
      ordered.push(table);
      done.add(table.name);
    }
    remaining = remaining.filter((table) => !done.has(table.name));
  }
  return ordered;
}
