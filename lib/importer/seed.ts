// The seed data shipped with the project, loaded through the importer like any other file.
import { importFiles, type ImportReport } from './import-files';

export const SEED_FILES = { figures: 'data/figures.csv', series: 'data/series.csv', events: 'data/events.csv' };

export function seedFiles(databaseUrl: string): Promise<ImportReport> {
  return importFiles({
    databaseUrl,
    seriesFile: SEED_FILES.series,
    figuresFile: SEED_FILES.figures,
    eventsFile: SEED_FILES.events,
    author: 'seed',
    reason: 'Initial load of the researched figures shipped with the project',
  });
}
