// The benchmark's dataset is written through the app's own write path, so a fresh machine can
// generate it whatever the schema has become since. This runs the --small generation from scratch.
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { createWritePool } from '@/lib/dataset/pool';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listEvents } from '@/lib/queries/list-events';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { benchSlug, generateDataset, SMALL_SIZE } from '../../scripts/bench/generate';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url);
});

afterAll(async () => {
  await prisma.$disconnect();
  await db.drop();
});

it('generates the small dataset into a fresh database, as revisions of the ordinary model', async () => {
  const log: string[] = [];
  const pool = createWritePool(db.url);
  await generateDataset(pool, SMALL_SIZE, (line) => log.push(line)).finally(() => pool.end());
  const corrected = Math.floor(SMALL_SIZE.figures / 20);
  const retired = Math.floor(SMALL_SIZE.figures / 997);
  expect(await prisma.series.count()).toBe(SMALL_SIZE.series);
  expect(await prisma.figure.count()).toBe(SMALL_SIZE.figures);
  expect(await prisma.figureVersion.count()).toBe(SMALL_SIZE.figures + corrected + retired);
  expect(await prisma.figureVersion.count({ where: { validToRev: null, change: 'retired' } })).toBe(retired);
  expect(await prisma.eventVersion.count()).toBe(SMALL_SIZE.events);
  // series and events, 20 batches of figures, the corrections, the retirements
  expect(await prisma.datasetRevision.count()).toBe(23);
  expect(log).toHaveLength(24);

  const series = await listSeriesBySlugs([benchSlug(20), benchSlug(21)], prisma);
  const { figures } = await getExplorerData({ series, range: { from: null, to: null }, asOfRevision: null }, prisma);
  expect(new Set(figures.map((f) => f.seriesSlug))).toEqual(new Set([benchSlug(20), benchSlug(21)]));
  expect(figures.length).toBeGreaterThan(150);
  const { figures: before } = await getExplorerData({ series, range: { from: null, to: null }, asOfRevision: 21 }, prisma);
  expect(before.filter((f) => f.version === 2)).toEqual([]);
  expect(await listEvents({ topics: ['troops'], range: { from: null, to: null }, asOfRevision: null }, prisma)).not.toEqual([]);
});
