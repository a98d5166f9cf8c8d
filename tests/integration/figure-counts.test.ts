// The count of current figures each series, claimant and publisher carries
// (lib/dataset/figure-counts.ts), which /sources, the dashboard, the explorer's picker, the API's lists
// and the curation lists read instead of counting. After every kind of write (a figure created, corrected to another claimant and publisher, retired, brought back,
// merged away, a bulk import with corrections and retirements) /sources shows the numbers the model
// says, and every count equals the versions the visibility rule (visibleVersionsSql) picks, counted
// afresh. A database that already held figures when the counts were added gets them from the migration.
import type { Pool } from 'pg';
import { Client } from 'pg';
import { Prisma } from '@/generated/prisma/client';
import { createFigure, editFigure, retireFigure } from '@/lib/curation/figures';
import { mergeClaimants, mergePublishers } from '@/lib/curation/merges';
import { createSeries } from '@/lib/curation/series';
import { applyMigrations, readMigrations } from '@/lib/database/migrate';
import { getPrisma } from '@/lib/db';
import { createWritePool } from '@/lib/dataset/pool';
import { loadSourcesView } from '@/lib/loaders/sources-view';
import { visibleVersionsSql } from '@/lib/queries/figure-rows';
import { listClaimants } from '@/lib/queries/list-claimants';
import { listPublishers } from '@/lib/queries/list-publishers';
import { listSeries } from '@/lib/queries/list-series';
import { generateDataset } from '../../scripts/bench/generate';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

jest.setTimeout(120_000);

const actor = { userId: null, name: 'Counts test' };
const ALPHA = { name: 'Alpha', organization: 'Body A' };
const BETA = { name: 'Beta', organization: 'Body B' };

let db: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  pool = createWritePool(db.url);
  await createSeries(pool, { actor, reason: 'a series', series: { slug: 'counted', title: 'Counted', unit: 'things', topic: 'troops', kind: 'level' } });
});

afterAll(async () => {
  await pool?.end();
  await getPrisma().$disconnect();
  await db?.drop();
});

interface CountRow {
  kind: string;
  id: number;
  figures: number;
}

const KEPT = Prisma.sql`
  SELECT 'claimant' AS kind, id, figure_count AS figures FROM claimants
  UNION ALL SELECT 'publisher', id, figure_count FROM publishers
  UNION ALL SELECT 'series', id, figure_count FROM series
  ORDER BY 1, 2`;

const COUNTED = Prisma.sql`
  SELECT 'claimant' AS kind, c.id, (SELECT count(*)::int FROM figure_versions fv WHERE fv.claimant_id = c.id AND ${visibleVersionsSql('fv', null)}) AS figures FROM claimants c
  UNION ALL
  SELECT 'publisher', p.id, (SELECT count(*)::int FROM figure_versions fv WHERE fv.publisher_id = p.id AND ${visibleVersionsSql('fv', null)}) FROM publishers p
  UNION ALL
  SELECT 'series', s.id, (SELECT count(*)::int FROM figure_versions fv WHERE fv.series_id = s.id AND ${visibleVersionsSql('fv', null)}) FROM series s
  ORDER BY 1, 2`;

async function expectCountsAsTheRuleCounts(): Promise<void> {
  const prisma = getPrisma();
  const counted = await prisma.$queryRaw<CountRow[]>(COUNTED);
  expect(counted.length).toBeGreaterThan(0);
  expect(await prisma.$queryRaw<CountRow[]>(KEPT)).toEqual(counted);
}

/** What /sources shows: name → count, for the claimants and the publishers on its first pages. */
async function shown(): Promise<{ claimants: Record<string, number>; publishers: Record<string, number> }> {
  const view = await loadSourcesView({});
  return {
    claimants: Object.fromEntries(view.claimants.items.map((c) => [c.name, c.figureCount])),
    publishers: Object.fromEntries(view.publishers.items.map((p) => [p.name, p.figureCount])),
  };
}

let urls = 0;
async function create(claimant: { name: string; organization: string }, publisher: string): Promise<number> {
  urls += 1;
  const { figureId } = await createFigure(pool, {
    actor,
    reason: 'create',
    figure: { seriesSlug: 'counted', value: 100 + urls, qualifier: 'approx', periodEnd: '2025-01', claimant, publisher: { name: publisher }, url: `https://example.org/c/${urls}` },
  });
  return figureId;
}

it('follows every kind of change to a figure, and a merge', async () => {
  const first = await create(ALPHA, 'Paper One');
  await create(ALPHA, 'Paper One');
  await create(BETA, 'Paper Two');
  expect(await shown()).toEqual({ claimants: { Alpha: 2, Beta: 1 }, publishers: { 'Paper One': 2, 'Paper Two': 1 } });
  await expectCountsAsTheRuleCounts();

  // A correction that changes only the value moves nothing; one that names others moves the figure.
  await editFigure(pool, { actor, reason: 'value', figureId: first, baseVersion: 1, changes: { value: 999 } });
  expect(await shown()).toEqual({ claimants: { Alpha: 2, Beta: 1 }, publishers: { 'Paper One': 2, 'Paper Two': 1 } });
  await editFigure(pool, { actor, reason: 'who', figureId: first, baseVersion: 2, changes: { claimant: BETA, publisher: { name: 'Paper Two' } } });
  expect(await shown()).toEqual({ claimants: { Alpha: 1, Beta: 2 }, publishers: { 'Paper One': 1, 'Paper Two': 2 } });
  await expectCountsAsTheRuleCounts();

  // Retired, it counts nowhere; retiring it again writes nothing; an edit brings it back.
  await retireFigure(pool, { actor, reason: 'withdrawn', figureId: first, baseVersion: 3 });
  expect((await retireFigure(pool, { actor, reason: 'again', figureId: first, baseVersion: 4 })).revision).toBeNull();
  expect(await shown()).toEqual({ claimants: { Alpha: 1, Beta: 1 }, publishers: { 'Paper One': 1, 'Paper Two': 1 } });
  await editFigure(pool, { actor, reason: 'back', figureId: first, baseVersion: 4, changes: { note: 'Restored.' } });
  expect(await shown()).toEqual({ claimants: { Alpha: 1, Beta: 2 }, publishers: { 'Paper One': 1, 'Paper Two': 2 } });
  await expectCountsAsTheRuleCounts();

  // A merge moves every figure to the survivor; the merged-away names leave the lists, at zero.
  const ids = Object.fromEntries((await listClaimants()).map((c) => [c.name, c.id]));
  await mergeClaimants(pool, { actor, reason: 'same body', fromId: ids.Alpha, intoId: ids.Beta });
  const publisherIds = Object.fromEntries((await listPublishers()).map((p) => [p.name, p.id]));
  await mergePublishers(pool, { actor, reason: 'same paper', fromId: publisherIds['Paper Two'], intoId: publisherIds['Paper One'] });
  expect(await shown()).toEqual({ claimants: { Beta: 3 }, publishers: { 'Paper One': 3 } });
  expect((await listSeries()).map((s) => [s.slug, s.figureCount])).toEqual([['counted', 3]]);
  expect(await getPrisma().claimant.findUnique({ where: { id: ids.Alpha }, select: { figureCount: true } })).toEqual({ figureCount: 0 });
  await expectCountsAsTheRuleCounts();
});

it('follows a bulk write of thousands of figures with corrections and retirements', async () => {
  // Large enough that the writer defers its reference checks (lib/dataset/apply.ts): the counts must
  // not depend on anything that setting turns off.
  await generateDataset(pool, { series: 40, figures: 6000, claimants: 30, publishers: 50, events: 2, seed: 7 }, () => undefined);
  await expectCountsAsTheRuleCounts();
  // The generator retires every 997th figure (6 of them); the first test left 3 current figures.
  const total = (list: { figureCount: number }[]) => list.reduce((sum, item) => sum + item.figureCount, 0);
  expect(total(await listClaimants())).toBe(3 + 6000 - 6);
  expect(total(await listPublishers())).toBe(3 + 6000 - 6);
  expect(total(await listSeries())).toBe(3 + 6000 - 6);
});

it('fills the counts of a database that held figures before they existed', async () => {
  const migrations = readMigrations().map((m) => m.name);
  const before = migrations[migrations.indexOf(migrations.find((name) => name.endsWith('_source_figure_counts')) as string) - 1];
  const old = await createTestDatabase({ migrated: false });
  try {
    await applyMigrations(old.url, () => undefined, { until: before });
    const client = new Client({ connectionString: old.url });
    await client.connect();
    try {
      // Three revisions written as the older app wrote them: three figures, one corrected to another
      // claimant, one retired.
      await client.query(`
        INSERT INTO dataset_revisions (id, author, reason) VALUES (1, 'old', 'old'), (2, 'old', 'old'), (3, 'old', 'old');
        INSERT INTO series (id, slug, title, unit, topic, kind, description, created_rev) VALUES
          (1, 'old', 'Old', 'things', 'troops', 'level', '', 1), (2, 'empty', 'Empty', 'things', 'troops', 'level', '', 1);
        INSERT INTO claimants (id, name, organization) VALUES (1, 'Alpha', 'A'), (2, 'Beta', 'B'), (3, 'Idle', 'C');
        INSERT INTO publishers (id, name) VALUES (1, 'Paper'), (2, 'Idle paper');
        INSERT INTO figures (id, series_id, natural_key) VALUES (1, 1, 'k1'), (2, 1, 'k2'), (3, 1, 'k3');
        INSERT INTO figure_versions (figure_id, series_id, version, change, valid_from_rev, valid_to_rev, value, qualifier, claimant_id, publisher_id, content_hash) VALUES
          (1, 1, 1, 'created', 1, 2, 1, 'exact', 1, 1, 'h'), (1, 1, 2, 'corrected', 2, NULL, 1, 'exact', 2, 1, 'h'),
          (2, 1, 1, 'created', 1, NULL, 1, 'exact', 1, 1, 'h'),
          (3, 1, 1, 'created', 1, 3, 1, 'exact', 2, 1, 'h'), (3, 1, 2, 'retired', 3, NULL, 1, 'exact', 2, 1, 'h');`);
      await applyMigrations(old.url);
      const kept = await client.query(KEPT.text);
      expect(kept.rows).toEqual([
        { kind: 'claimant', id: 1, figures: 1 },
        { kind: 'claimant', id: 2, figures: 1 },
        { kind: 'claimant', id: 3, figures: 0 },
        { kind: 'publisher', id: 1, figures: 2 },
        { kind: 'publisher', id: 2, figures: 0 },
        { kind: 'series', id: 1, figures: 2 },
        { kind: 'series', id: 2, figures: 0 },
      ]);
      const counted = await client.query(COUNTED.text, COUNTED.values);
      expect(kept.rows).toEqual(counted.rows);
    } finally {
      await client.end();
    }
  } finally {
    await old.drop();
  }
});
