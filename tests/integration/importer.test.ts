import { readFileSync } from 'node:fs';
import { createPrismaClient } from '@/lib/db';
import { ImportError } from '@/lib/importer/errors';
import { createWritePool } from '@/lib/dataset/pool';
import { importFiles, parseUploads, previewImport } from '@/lib/importer/import-files';
import type { PrismaClient } from '@/generated/prisma/client';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { createTestDatabase, SEED_FILES, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let prisma: PrismaClient;

const options = (overrides: Partial<Parameters<typeof importFiles>[0]> = {}) => ({
  databaseUrl: db.url,
  figuresFile: SEED_FILES.figures,
  seriesFile: SEED_FILES.series,
  author: 'test',
  reason: 'test import',
  ...overrides,
});

async function counts() {
  return {
    revisions: await prisma.datasetRevision.count(),
    series: await prisma.series.count(),
    figures: await prisma.figure.count(),
    versions: await prisma.figureVersion.count(),
    claimants: await prisma.claimant.count(),
    publishers: await prisma.publisher.count(),
  };
}

beforeEach(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url);
});

afterEach(async () => {
  await prisma.$disconnect();
  await db.drop();
});

describe('importing the seed files', () => {
  it('writes every series and figure as one revision with full citations', async () => {
    const report = await importFiles(options());
    expect(report).toMatchObject({ revision: 1, seriesCreated: 49, figuresCreated: 158, figuresCorrected: 0, figuresRetired: 0 });
    expect(await counts()).toEqual({ revisions: 1, series: 49, figures: 158, versions: 158, claimants: 80, publishers: 52 });

    const range = await prisma.figureVersion.findFirstOrThrow({
      where: { qualifier: 'range' },
      include: { claimant: true, publisher: true, series: true },
    });
    expect(range.series.slug).toBe('shells-delivered');
    expect([range.value.toString(), range.valueLow?.toString(), range.valueHigh?.toString()]).toEqual(['5000000', '4000000', '6000000']);
    expect(range.periodStart?.toISOString().slice(0, 10)).toBe('2023-09-01');
    expect(range.periodStartPrecision).toBe('month');
    expect(range.claimant).toMatchObject({ name: 'Reuters and Open Source Centre', organization: 'Reuters and Open Source Centre' });
    expect(range.publisher.name).toBe('news.online.ua');

    const wage = await prisma.figureVersion.findFirstOrThrow({ where: { series: { slug: 'worker-wage' }, qualifier: 'exact' } });
    expect(wage.value.toString()).toBe('2.5');
    expect(wage.periodEnd).toBeNull();
    expect(wage.quote).toBe('Moscow has offered the imported workforce $2.50 per hour for shifts of at least 12 hours.');
  });

  it('changes nothing when the same files are imported again', async () => {
    await importFiles(options());
    const before = await counts();
    const report = await importFiles(options());
    expect(report).toMatchObject({ revision: null, figuresUnchanged: 158, figuresCreated: 0, seriesCreated: 0 });
    expect(await counts()).toEqual(before);
  });
});

describe('versions', () => {
  it('writes a changed row as a new version and keeps the old one for as-of views', async () => {
    await importFiles(options());
    const lines = seedFigureLines();
    const index = lines.findIndex((l) => l.startsWith('troops-deployed,12000,more_than'));
    lines[index] = lines[index].replace('troops-deployed,12000,more_than', 'troops-deployed,12500,approx');
    const report = await importFiles(options({ figuresFile: writeTempFile(lines.join('\n')), seriesFile: undefined, reason: 'correction' }));
    expect(report).toMatchObject({ revision: 2, figuresCorrected: 1, figuresCreated: 0, figuresUnchanged: 157 });

    const versions = await prisma.figureVersion.findMany({
      where: { figure: { versions: { some: { value: 12500 } } } },
      orderBy: { version: 'asc' },
    });
    expect(versions.map((v) => [v.version, v.value.toString(), v.qualifier, v.change, v.validFromRev, v.validToRev])).toEqual([
      [1, '12000', 'more_than', 'created', 1, 2],
      [2, '12500', 'approx', 'corrected', 2, null],
    ]);
    const revision = await prisma.datasetRevision.findUniqueOrThrow({ where: { id: 2 } });
    expect(revision).toMatchObject({ author: 'test', reason: 'correction' });
  });

  it('retires figures missing from a complete file without deleting them', async () => {
    await importFiles(options());
    const lines = seedFigureLines().filter((l) => !l.startsWith('children-returned,1359,'));
    const report = await importFiles(options({ figuresFile: writeTempFile(lines.join('\n')), seriesFile: undefined, retireMissing: true }));
    expect(report).toMatchObject({ revision: 2, figuresRetired: 1 });
    const history = await prisma.figureVersion.findMany({ where: { value: 1359 }, orderBy: { version: 'asc' } });
    expect(history.map((v) => [v.change, v.validFromRev, v.validToRev])).toEqual([
      ['created', 1, 2],
      ['retired', 2, null],
    ]);
    expect(await prisma.figure.count()).toBe(158);
  });
});

describe('bad input', () => {
  it('reports every bad row and imports nothing', async () => {
    await importFiles(options());
    const before = await counts();
    const lines = seedFigureLines();
    lines[3] = lines[3].replace(',approx,', ',moar_than,');
    lines.push('no-such-series,5,exact,,,2024,2024,A,B,,C,2024,,,');
    lines.push('troops-deployed,1,exact,,,2024-02-30,2024-03,New claimant,Org,,New publisher,2024,,,');
    const file = writeTempFile(lines.join('\n'));
    const error = await importFiles(options({ figuresFile: file, seriesFile: undefined })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain('3 problems, nothing imported');
    expect((error as ImportError).issues).toEqual([
      { row: 4, column: 'qualifier', message: '"moar_than" is not one of exact, approx, at_least, more_than, up_to, less_than, range' },
      { row: 160, column: 'series', message: '"no-such-series" is not a known series; add it to the series file first' },
      { row: 161, column: 'period_start', message: '"2024-02-30" is not a real date: Feb 2024 has 29 days' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a series whose unit would change, leaving the data as it was', async () => {
    await importFiles(options());
    const before = await counts();
    const series = `slug,title,unit,topic,kind,description\ntroops-deployed,Troops,soldiers,troops,cumulative,x\nnew-series,New,things,troops,level,y\n`;
    const error = await importFiles(options({ seriesFile: writeTempFile(series, 'series.csv'), figuresFile: undefined })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).issues[0]).toMatchObject({ row: 2, column: 'unit' });
    expect(await counts()).toEqual(before);
  });

  it('rolls back everything when the write fails midway', async () => {
    await importFiles(options());
    const before = await counts();
    // A trigger makes the database reject the second new figure, after the revision and the first figure were written.
    await prisma.$executeRaw`
      CREATE FUNCTION reject_second() RETURNS trigger AS $$
      BEGIN
        IF (SELECT count(*) FROM figures) >= 159 THEN RAISE EXCEPTION 'disk full (simulated)'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`;
    await prisma.$executeRaw`CREATE TRIGGER reject_second BEFORE INSERT ON figures FOR EACH ROW EXECUTE FUNCTION reject_second()`;
    const lines = seedFigureLines();
    lines.push('troops-deployed,100,exact,,,2024,2024,A,B,,C,2024,,,');
    lines.push('troops-deployed,200,exact,,,2025,2025,A,B,,C,2025,,,');
    await expect(importFiles(options({ figuresFile: writeTempFile(lines.join('\n')), seriesFile: undefined }))).rejects.toThrow('disk full (simulated)');
    expect(await counts()).toEqual(before);
  });
});

describe('events', () => {
  it('imports events with their date precision and topics, once', async () => {
    const withEvents = options({ eventsFile: SEED_FILES.events });
    expect((await importFiles(withEvents)).eventsWritten).toBe(7);
    const versions = (slug: string) => prisma.eventVersion.findMany({ where: { event: { slug } }, orderBy: { version: 'asc' } });
    expect(await versions('builders-pledged')).toMatchObject([{ version: 1, change: 'created', occurredOnPrecision: 'day', topics: ['troops', 'labour'], validFromRev: 1, validToRev: null }]);
    expect(await importFiles(withEvents)).toMatchObject({ revision: null, eventsWritten: 0 });

    const corrected = writeTempFile(readFileSync(SEED_FILES.events, 'utf8').replace('Russia announces builders', 'Russia announces military builders'), 'events.csv');
    expect(await importFiles(options({ figuresFile: undefined, seriesFile: undefined, eventsFile: corrected }))).toMatchObject({ revision: 2, eventsWritten: 1 });
    // A correction is a new version; the old one stays, so views pinned before it show the event as it was.
    expect((await versions('builders-pledged')).map((v) => [v.version, v.change, v.title, v.validFromRev, v.validToRev])).toEqual([
      [1, 'created', 'Russia announces builders and deminers for Kursk', 1, 2],
      [2, 'corrected', 'Russia announces military builders and deminers for Kursk', 2, null],
    ]);
  });

  it('names the row and column of a bad event and imports nothing', async () => {
    const file = writeTempFile('slug,date,title,source,topics\nok-event,2024-10,Fine,Someone,troops\nbad-event,2024-13,Bad,Someone,troops;weather\n', 'events.csv');
    const error = await importFiles(options({ eventsFile: file })).catch((e: unknown) => e);
    expect((error as ImportError).issues).toEqual([
      { row: 3, column: 'date', message: '"2024-13" has no month 13' },
      { row: 3, column: 'topics', message: '"weather" is not among munitions, troops, children, education, labour, economy (separate topics with ;)' },
    ]);
    expect(await counts()).toMatchObject({ revisions: 0, series: 0 });
    expect(await prisma.event.count()).toBe(0);
  });
});

describe('the dry run', () => {
  it('says what an upload would create, correct and retire, with the figures as they are now, and writes nothing', async () => {
    await importFiles(options());
    const before = await counts();
    const lines = seedFigureLines().filter((l) => !l.startsWith('children-returned,1359,'));
    const index = lines.findIndex((l) => l.startsWith('troops-deployed,12000,more_than'));
    lines[index] = lines[index].replace('troops-deployed,12000,more_than', 'troops-deployed,12500,approx');
    lines.push('troops-deployed,100,exact,,,2024,2024,A,B,,C,2024,,,');
    const pool = createWritePool(db.url);
    try {
      const files = await parseUploads(pool, { figures: { bytes: Buffer.from(lines.join('\n')), label: 'upload.csv' } });
      const preview = await previewImport(pool, files, { mode: 'update', retireMissing: true });
      expect(preview.summary).toMatchObject({ figuresCreated: 1, figuresCorrected: 1, figuresRetired: 1, figuresUnchanged: 156 });
      expect(preview.issues).toEqual([]);
      const corrected = preview.plan.figures.find((w) => w.change === 'corrected') as { figure: { id: number }; content: { value: string } };
      expect(corrected.content.value).toBe('12500');
      expect(preview.before.get(corrected.figure.id)).toMatchObject({ value: '12000', qualifier: 'more_than' });
    } finally {
      await pool.end();
    }
    expect(await counts()).toEqual(before);
  });
});
