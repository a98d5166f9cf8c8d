// A series page's chart reads its latest figures and its total in one SQL statement
// (listLatestSeriesFigures); its table reads pages through Prisma (listSeriesFigures). Over the
// benchmark's generated figures (every date precision and series kind, corrections, retirements) the
// two agree field for field: the chart's figures are the table's last ones, in the table's order, and
// the total is the table's length, for the latest data and as of an earlier revision.
import { Pool } from 'pg';
import { getPrisma } from '@/lib/db';
import { listLatestSeriesFigures } from '@/lib/queries/list-latest-series-figures';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { listSeriesFigures } from '@/lib/queries/list-series-figures';
import { benchSlug, generateDataset } from '../../scripts/bench/generate';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

jest.setTimeout(120_000);

const SERIES = 5;
const PER_SERIES = 1_200;
const LIMIT = 1_000;

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  const pool = new Pool({ connectionString: db.url });
  try {
    await generateDataset(pool, { series: SERIES, figures: SERIES * PER_SERIES, claimants: 12, publishers: 30, events: 2, seed: 5 }, () => undefined);
  } finally {
    await pool.end();
  }
});

afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});

it('gives the latest of the figures the table lists, and how many there are, at any revision', async () => {
  const series = await listSeriesBySlugs(Array.from({ length: SERIES }, (_, i) => benchSlug(i + 1)), getPrisma());
  expect(series).toHaveLength(SERIES);
  // Revision 11 is halfway through the generator's figure batches, before its corrections and retirements.
  for (const revision of [null, 11]) {
    for (const s of series) {
      const all = await listSeriesFigures(s.id, { asOfRevision: revision ?? undefined, offset: 0, limit: 10_000 });
      expect(all.length).toBeGreaterThan(revision === null ? LIMIT : 0);
      expect(await listLatestSeriesFigures(s, revision, LIMIT)).toEqual({ figures: all.slice(-LIMIT), total: all.length });
    }
  }
  const empty = await listLatestSeriesFigures(series[0], 1, LIMIT);
  expect(empty).toEqual({ figures: [], total: 0 });
});
