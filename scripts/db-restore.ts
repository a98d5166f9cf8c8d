// npm run db:restore -- <file>: loads a backup (npm run db:export) into an empty database, on
// DATABASE_URL or the embedded default, in one transaction, then migrates it to this version.
import { parseArgs } from 'node:util';
import { restoreDatabase } from '@/lib/database/backup/restore-database';
import { dataRoot, openDatabase } from '@/lib/database/embedded';
import { log, run } from './cli';

const USAGE = 'usage: npm run db:restore -- <file>';

run(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new Error(USAGE);
  const file = positionals[0];
  const database = await openDatabase();
  log(`database: ${database.describe}`);
  const emptyHint = process.env.DATABASE_URL
    ? 'Create a new database and set DATABASE_URL to it.'
    : `For the embedded default, stop the dashboard and move ${dataRoot()} aside (or set SF_DATA_DIR to a new folder), then restore again.`;
  const started = Date.now();
  try {
    const report = await restoreDatabase(database.url, file, { log, emptyHint });
    log(
      `restored ${report.rows} rows into ${report.tables.length} tables from a backup at migration ${report.migration}` +
        `${report.migratedAfter.length > 0 ? `, then applied ${report.migratedAfter.join(', ')}` : ''}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await database.stop();
  }
});
