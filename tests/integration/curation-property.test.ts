// Random sequences of curation (creates, edits, stale edits, retirements, merges) against a model
// of what each revision should show. After every sequence, each revision it wrote reads back, through
// the app's own queries, exactly as the model says, the latest view equals the last write, the
// Prisma and SQL forms of "visible at revision N" pick the same versions (and a series' latest figures
// read by SQL are its table's read by Prisma), and the counts each series, claimant and publisher
// carries are the model's.
import fc from 'fast-check';
import type { Pool } from 'pg';
import { Prisma } from '@/generated/prisma/client';
import { createFigure, editFigure, retireFigure } from '@/lib/curation/figures';
import { mergeClaimants } from '@/lib/curation/merges';
import { createSeries } from '@/lib/curation/series';
import { getPrisma } from '@/lib/db';
import { ConflictError } from '@/lib/dataset/errors';
import { createWritePool } from '@/lib/dataset/pool';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { visibleVersionsSql, visibleVersionsWhere } from '@/lib/queries/figure-rows';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listClaimants } from '@/lib/queries/list-claimants';
import { listLatestSeriesFigures } from '@/lib/queries/list-latest-series-figures';
import { listPublishers } from '@/lib/queries/list-publishers';
import { listSeries } from '@/lib/queries/list-series';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { listSeriesFigures } from '@/lib/queries/list-series-figures';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const SERIES = ['prop-troops', 'prop-oil'];
const CLAIMANTS = [
  { name: 'Alpha', organization: 'Body A' },
  { name: 'Beta', organization: 'Body B' },
  { name: 'Gamma', organization: 'Body C' },
  { name: 'Delta', organization: 'Body D' },
];
const PUBLISHERS = ['Paper One', 'Paper Two'];
const actor = { userId: 'prop', name: 'Property test' };

/** What a reader should see of one figure: the fields the model decides. */
interface Shown {
  figureId: number;
  version: number;
  seriesSlug: string;
  value: string;
  claimant: { name: string; organization: string };
  publisher: string;
  note: string | null;
}

interface ModelFigure {
  seriesSlug: string;
  /** Every version: the revision that wrote it, and what it shows (null: retired). */
  versions: { revision: number; shown: Omit<Shown, 'figureId' | 'version'> | null }[];
}

const figures = new Map<number, ModelFigure>();
/** Merged-away claimant index → the one it merged into. */
const mergedInto = new Map<number, number>();
const revisionsWritten: number[] = [];
let urlCounter = 0;

const survivor = (index: number): number => (mergedInto.has(index) ? survivor(mergedInto.get(index) as number) : index);
/** A claimant as the library stores it: a merged-away one as its survivor. */
const resolved = (claimant: { name: string }) => CLAIMANTS[survivor(CLAIMANTS.findIndex((c) => c.name === claimant.name))];

function shownAt(revision: number | null): Shown[] {
  const out: Shown[] = [];
  for (const [figureId, figure] of figures) {
    const visible = figure.versions.map((v, i) => ({ ...v, version: i + 1 })).filter((v) => revision === null || v.revision <= revision);
    const last = visible.at(-1);
    if (last?.shown) out.push({ figureId, version: last.version, ...last.shown });
  }
  return out.sort((a, b) => a.figureId - b.figureId);
}

const asShown = (f: FigureView): Shown => ({
  figureId: f.figureId,
  version: f.version,
  seriesSlug: f.seriesSlug,
  value: f.value,
  claimant: { name: f.claimant.name, organization: f.claimant.organization },
  publisher: f.publisher.name,
  note: f.note,
});

type Command =
  | { kind: 'create'; series: number; claimant: number; publisher: number; value: number }
  | { kind: 'edit'; pick: number; value: number; note: string | null; stale: boolean }
  | { kind: 'retire'; pick: number }
  | { kind: 'merge'; from: number; into: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), series: fc.nat(1), claimant: fc.nat(3), publisher: fc.nat(1), value: fc.integer({ min: 1, max: 99_999 }) }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), value: fc.integer({ min: 1, max: 99_999 }), note: fc.option(fc.constantFrom('Rounded.', 'Per the ministry.'), { nil: null }), stale: fc.boolean() }),
  fc.record({ kind: fc.constant('retire' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('merge' as const), from: fc.nat(3), into: fc.nat(3) }),
);

let db: TestDatabase;
let pool: Pool;
let series: SeriesView[];

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  pool = createWritePool(db.url);
  for (const slug of SERIES) {
    const { revision } = await createSeries(pool, { actor, reason: 'property test series', series: { slug, title: slug, unit: 'things', topic: 'troops', kind: 'level' } });
    revisionsWritten.push(revision as number);
  }
  series = await listSeriesBySlugs(SERIES, getPrisma());
});

afterAll(async () => {
  await pool.end();
  await getPrisma().$disconnect();
  await db.drop();
});

function record(figureId: number, revision: number, shown: ModelFigure['versions'][number]['shown'], seriesSlug = '') {
  const figure = figures.get(figureId) ?? { seriesSlug, versions: [] };
  figure.versions.push({ revision, shown });
  figures.set(figureId, figure);
  revisionsWritten.push(revision);
}

async function merge(cmd: Extract<Command, { kind: 'merge' }>): Promise<void> {
  const from = survivor(cmd.from);
  const into = survivor(cmd.into);
  const ids2 = await getPrisma().claimant.findMany({ where: { OR: [CLAIMANTS[from], CLAIMANTS[into]] } });
  const idOf = (i: number) => ids2.find((c) => c.name === CLAIMANTS[i].name)?.id;
  if (from === into || idOf(from) === undefined || idOf(into) === undefined) return;
  const result = await mergeClaimants(pool, { actor, reason: 'merge', fromId: idOf(from) as number, intoId: idOf(into) as number });
  mergedInto.set(from, into);
  revisionsWritten.push(result.revision as number);
  for (const [id, figure] of figures) {
    const last = figure.versions.at(-1)?.shown;
    if (last && last.claimant.name === CLAIMANTS[from].name) record(id, result.revision as number, { ...last, claimant: CLAIMANTS[into] });
  }
}

async function run(cmd: Command): Promise<void> {
  if (cmd.kind === 'merge') return merge(cmd);
  const ids = [...figures.keys()];
  if (cmd.kind === 'create') {
    urlCounter += 1;
    const claimant = CLAIMANTS[cmd.claimant];
    const { revision, figureId } = await createFigure(pool, {
      actor,
      reason: 'create',
      figure: { seriesSlug: SERIES[cmd.series], value: cmd.value, qualifier: 'approx', periodEnd: '2025-01', claimant, publisher: { name: PUBLISHERS[cmd.publisher] }, url: `https://example.org/p/${urlCounter}` },
    });
    // A merged-away name is written as its survivor.
    const stored = CLAIMANTS[survivor(cmd.claimant)];
    record(figureId, revision as number, { seriesSlug: SERIES[cmd.series], value: String(cmd.value), claimant: stored, publisher: PUBLISHERS[cmd.publisher], note: null }, SERIES[cmd.series]);
    return;
  }
  if (ids.length === 0) return;
  const figureId = ids[cmd.pick % ids.length];
  const model = figures.get(figureId) as ModelFigure;
  const version = model.versions.length;
  if (cmd.kind === 'edit') {
    const previous = model.versions.findLast((v) => v.shown !== null)?.shown ?? null;
    if (cmd.stale && version > 1) {
      const error = await editFigure(pool, { actor, reason: 'stale edit', figureId, baseVersion: version - 1, changes: { value: cmd.value } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ currentVersion: version });
      return;
    }
    const result = await editFigure(pool, { actor, reason: 'edit', figureId, baseVersion: version, changes: { value: cmd.value, note: cmd.note } });
    const current = model.versions.at(-1)?.shown;
    const unchanged = current && current.value === String(cmd.value) && current.note === cmd.note;
    if (unchanged) {
      expect(result.revision).toBeNull();
      return;
    }
    // Editing a retired figure brings back its last content, with the edit.
    const base = current ?? previous;
    if (!base) throw new Error('a figure without content');
    record(figureId, result.revision as number, { ...base, claimant: resolved(base.claimant), value: String(cmd.value), note: cmd.note });
    return;
  }
  if (cmd.kind === 'retire') {
    const result = await retireFigure(pool, { actor, reason: 'retire', figureId, baseVersion: version });
    if (model.versions.at(-1)?.shown === null) {
      expect(result.revision).toBeNull();
      return;
    }
    record(figureId, result.revision as number, null);
    return;
  }
}

async function readAt(revision: number | null): Promise<{ explorer: Shown[]; bySeries: Shown[] }> {
  const { figures: explorer } = await getExplorerData({ series, range: { from: null, to: null }, asOfRevision: revision }, getPrisma());
  const bySeries = (await Promise.all(series.map((s) => listSeriesFigures(s.id, { asOfRevision: revision ?? undefined, offset: 0, limit: 10_000 })))).flat();
  const sorted = (list: FigureView[]) => list.map(asShown).sort((a, b) => a.figureId - b.figureId);
  return { explorer: sorted(explorer), bySeries: sorted(bySeries) };
}

async function samePicks(revision: number | null): Promise<void> {
  const prisma = getPrisma();
  const viaPrisma = (await prisma.figureVersion.findMany({ where: visibleVersionsWhere(revision), select: { id: true }, orderBy: { id: 'asc' } })).map((v) => v.id);
  const viaSql = (await prisma.$queryRaw<{ id: number }[]>(Prisma.sql`SELECT fv.id FROM figure_versions fv WHERE ${visibleVersionsSql('fv', revision)} ORDER BY fv.id`)).map((v) => v.id);
  expect(viaSql).toEqual(viaPrisma);
}

/** A series page's chart figures (the SQL path) are the latest of its table's (the Prisma path), field for field, in its order. */
async function sameLatest(revision: number | null): Promise<void> {
  for (const s of series) {
    const all = await listSeriesFigures(s.id, { asOfRevision: revision ?? undefined, offset: 0, limit: 10_000 });
    expect(await listLatestSeriesFigures(s, revision, 10_000)).toEqual({ figures: all, total: all.length });
    expect(await listLatestSeriesFigures(s, revision, 2)).toEqual({ figures: all.slice(-2), total: all.length });
  }
}

/** Name (or slug) → how many current figures it has, as the model has them and as the lists of sources and series show them. */
async function sameCounts(): Promise<void> {
  const tally = (names: string[]) => names.reduce((counts, name) => counts.set(name, (counts.get(name) ?? 0) + 1), new Map<string, number>());
  const listed = (items: { name: string; figureCount: number }[]) => new Map(items.filter((i) => i.figureCount > 0).map((i) => [i.name, i.figureCount]));
  const latest = shownAt(null);
  expect(listed(await listClaimants())).toEqual(tally(latest.map((f) => f.claimant.name)));
  expect(listed(await listPublishers())).toEqual(tally(latest.map((f) => f.publisher)));
  const bySlug = (await listSeries()).filter((s) => s.figureCount > 0).map((s) => [s.slug, s.figureCount]);
  expect(new Map(bySlug as [string, number][])).toEqual(tally(latest.map((f) => f.seriesSlug)));
}

it('reads every revision back as the model says, whatever the sequence of edits', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
      const from = revisionsWritten.length;
      for (const cmd of commands) await run(cmd);
      const written = [...new Set(revisionsWritten.slice(from))];
      for (const revision of written) {
        const expected = shownAt(revision);
        expect(await readAt(revision)).toEqual({ explorer: expected, bySeries: expected });
        await samePicks(revision);
        await sameLatest(revision);
      }
      const latest = shownAt(null);
      expect(await readAt(null)).toEqual({ explorer: latest, bySeries: latest });
      await samePicks(null);
      await sameLatest(null);
      await sameCounts();
    }),
    { numRuns: 30, seed: 20_261_202 },
  );
  // and, once all were written, every revision ever written still reads as it did
  for (const revision of new Set(revisionsWritten)) {
    const expected = shownAt(revision);
    expect((await readAt(revision)).bySeries).toEqual(expected);
  }
  expect(revisionsWritten.length).toBeGreaterThan(60);
});
