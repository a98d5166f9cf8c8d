// What every entry point does before it touches data: find or start the database, bring its schema up
// to date, and (for the app) load the seed files into an empty database through the importer.
import { createPrismaClient } from '@/lib/db';
import { seedFiles } from '@/lib/importer/seed';
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

/** Loads the seed files only into a database that has never had a dataset revision. */
export async function seedIfEmpty(databaseUrl: string, log: (message: string) => void): Promise<void> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    if ((await prisma.datasetRevision.count()) > 0) return;
  } finally {
    await prisma.$disconnect();
  }
  const report = await seedFiles(databaseUrl);
  log(`seeded: ${report.seriesCreated} series, ${report.figuresCreated} figures and ${report.eventsWritten} events as revision ${report.revision}`);
}
