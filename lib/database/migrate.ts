/**
 * Applies prisma/migrations the way `prisma migrate deploy` does, recording them in the same
 * `_prisma_migrations` table, so that either tool can take over a database the other migrated.
 * Prisma's CLI cannot do this offline (it downloads a native schema engine first); this can.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client, DatabaseError } from 'pg';

/** The schema every migration, and Prisma's migrations table, lives in. */
const SCHEMA = 'public';
const MIGRATIONS_TABLE = `"${SCHEMA}"."_prisma_migrations"`;
/** The key Prisma Migrate locks, so this and `prisma migrate deploy` also exclude each other. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;
const DEFAULT_LOCK_TIMEOUT_MS = 60_000;
const LOCK_NOT_AVAILABLE = '55P03';

export interface ApplyMigrationsOptions {
  /** Defaults to prisma/migrations under process.cwd(), the project root for every caller. */
  migrationsDir?: string;
  /** How long to wait while another process is migrating the same database. */
  lockTimeoutMs?: number;
  /**
   * Apply migrations only up to and including this one (a restore loads a backup into the schema it
   * was made with, then migrates the rest). It must be one of the migrations in the folder.
   */
  until?: string;
}

export interface Migration {
  /** The folder name, e.g. 20260101120000_init; it is the name recorded in the database. */
  name: string;
  sql: string;
  /** What Prisma records: the sha256 of migration.sql, as 64 hex digits. */
  checksum: string;
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

export function migrationsDirectory(override?: string): string {
  return path.resolve(override ?? path.join(process.cwd(), 'prisma', 'migrations'));
}

export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/** The migrations in `dir`, in the order Prisma applies them (by folder name). */
export function readMigrations(dir: string = migrationsDirectory()): Migration[] {
  if (!fs.existsSync(dir)) {
    throw new Error(`There is no migrations folder at ${dir}. Commands must run from the project root.`);
  }
  checkLockfileProvider(dir);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      if (!fs.existsSync(file)) {
        throw new Error(`The migration folder ${path.join(dir, name)} has no migration.sql.`);
      }
      const sql = fs.readFileSync(file, 'utf8');
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

function checkLockfileProvider(dir: string): void {
  const lockfile = path.join(dir, 'migration_lock.toml');
  if (!fs.existsSync(lockfile)) return;
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(fs.readFileSync(lockfile, 'utf8'))?.[1];
  if (provider !== undefined && provider !== 'postgresql') {
    throw new Error(
      `${lockfile} says these migrations were written for "${provider}", but this database is PostgreSQL.`,
    );
  }
}

/**
 * Applies, in order, every migration in prisma/migrations that the database has not recorded, each
 * in its own transaction together with its `_prisma_migrations` row, while holding Prisma Migrate's
 * advisory lock. Returns the names applied (empty when the database was up to date).
 */
export async function applyMigrations(
  databaseUrl: string,
  log: (msg: string) => void = () => undefined,
  options: ApplyMigrationsOptions = {},
): Promise<string[]> {
  const dir = migrationsDirectory(options.migrationsDir);
  const all = readMigrations(dir);
  const migrations = options.until === undefined ? all : migrationsUntil(all, options.until, dir);

  const client = new Client({ connectionString: databaseUrl });
  // Without a listener, a connection dropped between queries would crash the process; the query
  // that follows reports it instead.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to the database to migrate (${describeUrl(databaseUrl)}): ${(error as Error).message}`);
  }
  try {
    // Prisma's engine runs migrations with the search path set to the schema it migrates, and
    // migration.sql names its tables and types without a schema.
    await client.query("SELECT set_config('search_path', $1, false)", [`"${SCHEMA}"`]);
    await acquireMigrateLock(client, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
    try {
      await ensureMigrationsTable(client);
      const rows = await recordedMigrations(client);
      checkHistory(rows, all, dir, log);

      const recorded = new Set(rows.filter((row) => row.rolled_back_at === null).map((row) => row.migration_name));
      const applied: string[] = [];
      for (const migration of migrations.filter(({ name }) => !recorded.has(name))) {
        log(`applying migration ${migration.name}`);
        await applyMigration(client, migration);
        applied.push(migration.name);
      }
      return applied;
    } finally {
      // A failed unlock means a lost connection, which released the lock anyway; the error that
      // brought us here is the one worth reporting.
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

function migrationsUntil(migrations: Migration[], until: string, dir: string): Migration[] {
  const index = migrations.findIndex((migration) => migration.name === until);
  if (index < 0) throw new Error(`There is no migration ${until} in ${dir}.`);
  return migrations.slice(0, index + 1);
}

async function acquireMigrateLock(client: Client, timeoutMs: number): Promise<void> {
  // A session-level advisory lock outlives the transaction; the transaction only scopes the
  // lock_timeout to this one wait.
  await client.query('BEGIN');
  try {
    await client.query("SELECT set_config('lock_timeout', $1, true)", [`${Math.max(1, Math.round(timeoutMs))}ms`]);
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
    await client.query('COMMIT');
  } catch (error) {
    await rollback(client);
    if (error instanceof DatabaseError && error.code === LOCK_NOT_AVAILABLE) {
      throw new Error(
        `Another process has been migrating this database for over ${timeoutMs} ms (it holds ` +
          `advisory lock ${PRISMA_MIGRATE_LOCK_KEY}, Prisma Migrate's); try again once it is done.`,
      );
    }
    throw error;
  }
}

async function ensureMigrationsTable(client: Client): Promise<void> {
  const { rows } = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [
    MIGRATIONS_TABLE,
  ]);
  if (rows[0]?.exists) return;

  if (await schemaHasObjects(client)) {
    // Prisma Migrate refuses this too (P3005): the schema was made some other way, so the first
    // migration would collide with it, or silently describe something else.
    throw new Error(
      `The database's "${SCHEMA}" schema already has tables or types but no _prisma_migrations ` +
        'table, so it was not built by these migrations. Migrate an empty database instead, or ' +
        'baseline this one: https://pris.ly/d/migrate-baseline',
    );
  }
  // Prisma's own definition of the table, column for column.
  await client.query(`
    CREATE TABLE ${MIGRATIONS_TABLE} (
        id                      VARCHAR(36) PRIMARY KEY NOT NULL,
        checksum                VARCHAR(64) NOT NULL,
        finished_at             TIMESTAMPTZ,
        migration_name          VARCHAR(255) NOT NULL,
        logs                    TEXT,
        rolled_back_at          TIMESTAMPTZ,
        started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
        applied_steps_count     INTEGER NOT NULL DEFAULT 0
    )`);
}

async function schemaHasObjects(client: Client): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
     ) OR EXISTS (
       SELECT 1 FROM pg_catalog.pg_type t
       JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = $1 AND t.typtype IN ('e', 'd')
     ) AS found`,
    [SCHEMA],
  );
  return rows[0]?.found ?? false;
}

async function recordedMigrations(client: Client): Promise<MigrationRow[]> {
  const { rows } = await client.query<MigrationRow>(
    `SELECT id, checksum, migration_name, started_at, finished_at, rolled_back_at, logs
     FROM ${MIGRATIONS_TABLE} ORDER BY started_at, migration_name`,
  );
  return rows;
}

function checkHistory(rows: MigrationRow[], migrations: Migration[], dir: string, log: (msg: string) => void): void {
  const failed = rows.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed.length > 0) {
    const details = failed
      .map((row) => `  ${row.migration_name} (started ${row.started_at.toISOString()})${row.logs ? `: ${row.logs}` : ''}`)
      .join('\n');
    throw new Error(
      'The database records migrations that started but never finished, so no further migration ' +
        `will be applied until they are resolved:\n${details}\nRepair the database by hand, then ` +
        'mark each one with `prisma migrate resolve --rolled-back <name>` (or `--applied <name>`), ' +
        "or by setting rolled_back_at on its row in _prisma_migrations: https://pris.ly/d/migrate-resolve",
    );
  }

  const local = new Map(migrations.map((migration) => [migration.name, migration]));
  const edited: string[] = [];
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    const migration = local.get(row.migration_name);
    if (!migration) {
      log(`migration ${row.migration_name} is recorded in the database but missing from ${dir}`);
    } else if (!checksumMatches(migration.sql, row.checksum)) {
      edited.push(`  ${row.migration_name}: recorded ${row.checksum}, file ${migration.checksum}`);
    }
  }
  if (edited.length > 0) {
    throw new Error(
      `These migrations were changed after they were applied to this database:\n${edited.join('\n')}\n` +
        'Restore their migration.sql as it was, and put the change in a new migration ' +
        '(npm run db:migration:new -- <name>).',
    );
  }
}

/**
 * Prisma's own comparison: line endings may have been converted by git since the migration was
 * applied, and early Prisma versions wrote the hex digits without zero-padding.
 */
function checksumMatches(sql: string, recorded: string): boolean {
  const variants = [sql, sql.replace(/\r\n/g, '\n'), sql.replace(/\r?\n/g, '\r\n')];
  return variants.some((variant) => {
    const digest = createHash('sha256').update(variant, 'utf8').digest();
    const padded = digest.toString('hex');
    const unpadded = Array.from(digest, (byte) => byte.toString(16)).join('');
    return recorded === padded || recorded === unpadded;
  });
}

async function applyMigration(client: Client, migration: Migration): Promise<void> {
  await client.query('BEGIN');
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO ${MIGRATIONS_TABLE} (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name],
    );
    // No parameters: pg sends it with the simple query protocol, which runs a script of statements.
    await client.query(migration.sql);
    await client.query(
      `UPDATE ${MIGRATIONS_TABLE} SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await rollback(client);
    const reason = error instanceof DatabaseError ? describeDatabaseError(error) : (error as Error).message;
    throw new Error(
      `Migration ${migration.name} failed, so it was rolled back and not recorded: ${reason}`,
    );
  }
}

/** Where a connection string points, without its credentials. */
function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}

/** A failed ROLLBACK means a lost connection, which rolled back anyway; keep the original error. */
async function rollback(client: Client): Promise<void> {
  await client.query('ROLLBACK').catch(() => undefined);
}

function describeDatabaseError(error: DatabaseError): string {
  return [error.message, error.detail && `detail: ${error.detail}`, error.hint && `hint: ${error.hint}`, `code ${error.code}`]
    .filter(Boolean)
    .join('; ');
}
