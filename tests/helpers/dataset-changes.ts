// The two changes a seeded dataset goes through in its life, made through the importer as a reader's
// correction would be: one figure corrected (a new version, the old one kept) and one retired. Each
// takes the seed file the database was loaded with (the shipped seed unless a test chose another).
import { importFiles } from '@/lib/importer/import-files';
import { SEED_FILES } from '@/lib/importer/seed';
import { seedFigureLines, writeTempFile } from './csv-files';

/** The NIS total of April 2025, corrected from about 15,000 to about 16,500. */
const CORRECTED_ROW = 'troops-deployed,15000,approx,';
const CORRECTED_VALUE = 'troops-deployed,16500,approx,';
/** The series one of whose figures is retired: the import names every other figure of it. */
const RETIRED_SERIES = 'shells-delivered';

function seedRow(seed: string, prefix: string): string {
  const row = seedFigureLines(seed).find((line) => line.startsWith(prefix));
  if (!row) throw new Error(`the seed data no longer has a row starting "${prefix}"`);
  return row;
}

export async function correctOneFigure(databaseUrl: string, seed = SEED_FILES.figures): Promise<void> {
  const [header] = seedFigureLines(seed);
  const report = await importFiles({
    databaseUrl,
    figuresFile: writeTempFile(`${header}\n${seedRow(seed, CORRECTED_ROW).replace(CORRECTED_ROW, CORRECTED_VALUE)}\n`),
    author: 'test',
    reason: 'a corrected total',
  });
  if (report.figuresCorrected !== 1) throw new Error(`expected 1 corrected figure, got ${report.figuresCorrected}`);
}

export async function retireOneFigure(databaseUrl: string, seed = SEED_FILES.figures): Promise<void> {
  const [header, ...rows] = seedFigureLines(seed);
  const kept = rows.filter((line) => line.startsWith(`${RETIRED_SERIES},`)).slice(1);
  if (kept.length === 0) throw new Error(`the seed data has too few figures of ${RETIRED_SERIES} to retire one`);
  const report = await importFiles({
    databaseUrl,
    figuresFile: writeTempFile(`${header}\n${kept.join('\n')}\n`),
    author: 'test',
    reason: 'a withdrawn figure',
    retireMissing: true,
  });
  if (report.figuresRetired !== 1) throw new Error(`expected 1 retired figure, got ${report.figuresRetired}`);
}
