// npm run db:seed: adds the seed rows the database does not have yet, as one revision; never changes the
// rows it has. Safe to repeat: when nothing is missing, nothing is written.
import { openMigratedDatabase } from '@/lib/database/prepare';
import { syncSeed } from '@/lib/importer/seed';
import { log, run } from './cli';

run(async () => {
  const database = await openMigratedDatabase(log);
  try {
    const report = await syncSeed(database.url);
    log(
      report.revision === null
        ? 'seed data already loaded; nothing changed'
        : `seed loaded as revision ${report.revision}: ${report.seriesCreated} series, ${report.figuresCreated} figures and ${report.eventsWritten} events added`,
    );
  } finally {
    await database.stop();
  }
});
