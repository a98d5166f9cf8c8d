// The seed data shipped with the project, loaded through the importer like any other file. It is
// loaded as a sync, on every `npm start` and `npm run db:seed`: rows whose identity the database does
// not have yet (a series or event slug, a figure's series, claimant, publisher, link, dates) are added
// as one revision; rows it has are never touched, whatever the files say, so a correction an editor
// made to a seed figure stays. A database that has everything writes nothing.
import path from 'node:path';
import { createWritePool } from '@/lib/dataset/pool';
import { parseFiles, writeImport, type ImportReport } from './import-files';

export interface SeedFiles {
  figures: string;
  series: string;
  events: string;
}

export const SEED_FILES: SeedFiles = { figures: 'data/figures.csv', series: 'data/series.csv', events: 'data/events.csv' };

/** The series the dashboard leads with until an editor chooses others. */
export const SEED_HEADLINES = ['shells-delivered', 'troops-deployed', 'children-returned', 'students-in-russia'];

export async function syncSeed(databaseUrl: string, files: SeedFiles = SEED_FILES): Promise<ImportReport> {
  const pool = createWritePool(databaseUrl);
  try {
    const parsed = await parseFiles(pool, { seriesFile: files.series, figuresFile: files.figures, eventsFile: files.events });
    const first = (await pool.query('SELECT 1 FROM dataset_revisions LIMIT 1')).rowCount === 0;
    return await writeImport(
      pool,
      parsed,
      {
        actor: { userId: null, name: 'seed' },
        reason: first
          ? 'Initial load of the researched figures shipped with the project'
          : 'Seed data added: figures, series and events shipped with the project that this database did not have yet',
        source: [files.series, files.figures, files.events].map((file) => path.basename(file)).join(', '),
      },
      { mode: 'add-only', defaultHeadlines: SEED_HEADLINES },
    );
  } finally {
    await pool.end();
  }
}
