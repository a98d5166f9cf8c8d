// What every entry point does before it touches data: find or start the database, bring its schema up
// to date, and (for the app) add the seed rows the database does not have yet, through the importer.
import { syncSeed } from '@/lib/importer/seed';
import { openDatabase, type DatabaseHandle } from './embedded';
import { applyMigrations } from './migrate';

export async function openMigratedDatabase(log: (message: string) => void): Promise<DatabaseHandle> {
  const handle = await openDatabase();
  log(`database: ${handle.describe}`);
  try {
    const applied = await applyMigrations(handle.url);
    if (applied.length > 0) log(`migrations applied: ${applied.join(', ')}`);
    return handle;
  } catch (error) {
    await handle.stop();
    throw error;
  }
}

/** Adds the seed rows the database lacks, as one revision; rows it has stay as they are. */
export async function syncSeedData(databaseUrl: string, log: (message: string) => void): Promise<void> {
  const report = await syncSeed(databaseUrl);
  if (report.revision === null) return;
  log(`seeded: ${report.seriesCreated} series, ${report.figuresCreated} figures and ${report.eventsWritten} events as revision ${report.revision}`);
}
