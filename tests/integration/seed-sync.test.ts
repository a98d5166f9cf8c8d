// The seed grew after databases were made from it. An existing database picks up the new rows as one
// revision on the next start or db:seed, and never touches the rows it has: not even to "correct" a
// seed figure an editor changed back to what the files say.
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { editFigure } from '@/lib/curation/figures';
import { createWritePool } from '@/lib/dataset/pool';
import { SEED_FILES, syncSeed } from '@/lib/importer/seed';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const OLD_SEED = { figures: 'tests/fixtures/seed-59/figures.csv', series: 'tests/fixtures/seed-59/series.csv', events: SEED_FILES.events };

let db: TestDatabase;
let prisma: PrismaClient;

beforeEach(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url);
});

afterEach(async () => {
  await prisma.$disconnect();
  await db.drop();
});

async function snapshot() {
  return {
    revisions: await prisma.datasetRevision.count(),
    series: await prisma.series.count(),
    figures: await prisma.figure.count(),
    versions: await prisma.figureVersion.count(),
    events: await prisma.eventVersion.count(),
    headlines: await prisma.headlineSeries.count(),
  };
}

it('adds the new seed rows as one revision, keeps an editor’s correction, and then writes nothing', async () => {
  expect(await syncSeed(db.url, OLD_SEED)).toMatchObject({ revision: 1, seriesCreated: 29, figuresCreated: 59, eventsWritten: 7 });

  // An editor corrects a seed figure: the files still say 12000 "more than".
  const seeded = await prisma.figureVersion.findFirstOrThrow({ where: { series: { slug: 'troops-deployed' }, value: 12000, qualifier: 'more_than' } });
  const pool = createWritePool(db.url);
  const corrected = await editFigure(pool, {
    actor: { userId: null, name: 'An editor' },
    reason: 'The source says about 12,500',
    figureId: seeded.figureId,
    baseVersion: 1,
    changes: { value: '12500', qualifier: 'approx' },
  }).finally(() => pool.end());
  expect(corrected).toMatchObject({ revision: 2, version: 2 });
  const editorsVersion = await prisma.figureVersion.findFirstOrThrow({ where: { validFromRev: 2 } });

  const report = await syncSeed(db.url);
  expect(report).toMatchObject({ revision: 3, seriesCreated: 20, seriesUpdated: 0, figuresCreated: 99, figuresCorrected: 0, figuresRetired: 0, eventsWritten: 0 });
  const written = await prisma.figureVersion.groupBy({ by: ['change'], where: { validFromRev: 3 }, _count: { _all: true } });
  expect(written).toEqual([{ change: 'created', _count: { _all: 99 } }]);
  expect(await prisma.figureVersion.count({ where: { validToRev: 3 } })).toBe(0);
  expect(await prisma.series.count({ where: { createdRev: 3 } })).toBe(20);
  expect(await prisma.series.count({ where: { slug: 'trade-turnover', topic: 'economy' } })).toBe(1);
  expect(await prisma.figureVersion.findUniqueOrThrow({ where: { id: editorsVersion.id } })).toMatchObject({ validToRev: null, qualifier: 'approx' });
  expect((await prisma.figureVersion.findUniqueOrThrow({ where: { id: editorsVersion.id } })).value.toString()).toBe('12500');
  expect(await prisma.datasetRevision.findUniqueOrThrow({ where: { id: 3 } })).toMatchObject({ author: 'seed' });

  const before = await snapshot();
  expect(before).toMatchObject({ revisions: 3, series: 49, figures: 158, versions: 159, events: 7, headlines: 4 });
  expect(await syncSeed(db.url)).toMatchObject({ revision: null, figuresCreated: 0, seriesCreated: 0, eventsWritten: 0 });
  expect(await snapshot()).toEqual(before);
});

it('loads an empty database whole, with the headline series, as revision 1', async () => {
  expect(await syncSeed(db.url)).toMatchObject({ revision: 1, seriesCreated: 49, figuresCreated: 158, eventsWritten: 7 });
  const headlines = await prisma.headlineSeries.findMany({ orderBy: { position: 'asc' }, include: { series: true } });
  expect(headlines.map((h) => [h.series.slug, h.validFromRev, h.validToRev])).toEqual([
    ['shells-delivered', 1, null],
    ['troops-deployed', 1, null],
    ['children-returned', 1, null],
    ['students-in-russia', 1, null],
  ]);
});
