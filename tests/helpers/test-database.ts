// Each test file gets a database of its own on the server started by global setup, so files run in
// parallel without seeing each other's rows. Migrated databases are copied from a template that is
// migrated once per run.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { applyMigrations } from '@/lib/database/migrate';
import { SEED_FILES, syncSeed, type SeedFiles } from '@/lib/importer/seed';

const TEMPLATE = 'sf_test_template';
// Any constant works; it only has to be the same for every worker of the run.
const TEMPLATE_LOCK = 4_151_997;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.SF_TEST_ADMIN_URL;
  if (!url) throw new Error('SF_TEST_ADMIN_URL is not set: run the tests with `npm test` or `npx jest`');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function ensureTemplate(): Promise<void> {
  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(TEMPLATE)}`);
        await applyMigrations(databaseUrl(TEMPLATE));
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

export { SEED_FILES };

/**
 * The seed as the project first shipped it (59 figures in 29 series), for tests whose expectations
 * name its figures: they keep their meaning however the shipped seed grows.
 */
export const FIRST_SEED: SeedFiles = {
  figures: 'tests/fixtures/seed-59/figures.csv',
  series: 'tests/fixtures/seed-59/series.csv',
  events: SEED_FILES.events,
};

/** A fresh database: empty, migrated, or migrated and loaded with the project's seed files (or others). */
export async function createTestDatabase(options: { migrated?: boolean; seeded?: boolean | SeedFiles } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  if (migrated) await ensureTemplate();
  const name = `sf_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (client) => {
    const template = migrated ? ` TEMPLATE ${client.escapeIdentifier(TEMPLATE)}` : '';
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${template}`);
  });
  const url = databaseUrl(name);
  if (options.seeded) {
    await syncSeed(url, options.seeded === true ? SEED_FILES : options.seeded);
  }
  return {
    url,
    drop: () => withAdmin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    }),
  };
}
