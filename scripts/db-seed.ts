// npm run db:seed: imports the project's seed files. Safe to repeat: an unchanged file writes nothing.
import { openMigratedDatabase } from '@/lib/database/prepare';
import { seedFiles } from '@/lib/importer/seed';
import { log, run } from './cli';

run(async () => {
  const database = await openMigratedDatabase(log);
  try {
    const report = await seedFiles(database.url);
    log(report.revision === null ? 'seed data already loaded; nothing changed' : `seed loaded as revision ${report.revision}`);
  } finally {
    await database.stop();
  }
});
