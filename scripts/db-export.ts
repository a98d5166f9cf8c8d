// npm run db:export -- <file> [--with-accounts]: the whole dataset as a backup file (JSON lines,
// gzipped when the name ends in .gz), from DATABASE_URL or the embedded default. Accounts only when
// asked for. The file appears only once complete; an existing file is never overwritten.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportDatabase } from '@/lib/database/backup/export-database';
import { backupWriter } from '@/lib/database/backup/files';
import { openDatabase } from '@/lib/database/embedded';
import { log, run } from './cli';

const USAGE = 'usage: npm run db:export -- <file> [--with-accounts]';

run(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'with-accounts': { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new Error(USAGE);
  const file = positionals[0];
  if (existsSync(file)) throw new Error(`${file} already exists; choose another name (a backup never overwrites one).`);
  const partial = `${file}.partial`;
  const database = await openDatabase();
  log(`database: ${database.describe}`);
  const started = Date.now();
  try {
    const writer = backupWriter(partial, file);
    try {
      const report = await exportDatabase(database.url, writer.stream, { withAccounts: values['with-accounts'] });
      await writer.finish();
      await rename(partial, file);
      log(`${file}: ${report.rows} rows from ${report.tables.length} tables (${report.tables.map((t) => `${t.name} ${t.rows}`).join(', ')}), at migration ${report.migration}, ${values['with-accounts'] ? 'with' : 'without'} accounts, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      writer.stream.destroy();
      await rm(partial, { force: true });
      throw error;
    }
  } finally {
    await database.stop();
  }
});
