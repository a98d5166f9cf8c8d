// The curation library the admin pages and the write API call: every operation is one revision with
// its author and reason (or nothing when nothing changes), an edit from a stale version is refused
// with what changed since, and readers see each change as of its revision.
import type { Pool } from 'pg';
import { createEvent, editEvent, retireEvent } from '@/lib/curation/events';
import { createFigure, editFigure, retireFigure } from '@/lib/curation/figures';
import { setHeadlines } from '@/lib/curation/headlines';
import { mergeClaimants, mergePublishers, previewMerge } from '@/lib/curation/merges';
import { createSeries, editSeries, retireSeries } from '@/lib/curation/series';
import { getPrisma } from '@/lib/db';
import { ConflictError, DuplicateError, RuleError, ValidationError } from '@/lib/dataset/errors';
import { createWritePool } from '@/lib/dataset/pool';
import { importFiles } from '@/lib/importer/import-files';
import { findMergeSurvivor } from '@/lib/queries/find-merge-survivor';
import { getHeadlineData } from '@/lib/queries/get-headline-data';
import { listEvents } from '@/lib/queries/list-events';
import { listSeries } from '@/lib/queries/list-series';
import { listSeriesFigures } from '@/lib/queries/list-series-figures';

/** Every figure of a series (the tests' series hold a handful), as of a revision or the latest. */
const seriesFigures = (seriesId: number, asOfRevision?: number) => listSeriesFigures(seriesId, { asOfRevision, offset: 0, limit: 1000 });
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { createTestDatabase, FIRST_SEED, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let pool: Pool;
const editor = { actor: { userId: 'user-1', name: 'Ada Editor' }, reason: 'Checked against the source' };

const figure = {
  seriesSlug: 'troops-deployed',
  value: '11000',
  qualifier: 'approx',
  periodEnd: '2024-12',
  claimant: { name: 'Jane Analyst', organization: 'An Institute' },
  publisher: { name: 'A Newspaper' },
  url: 'https://example.org/article',
  publishedOn: '2024-12-20',
  quote: 'About 11,000 soldiers.',
};

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
const revisions = () => getPrisma().datasetRevision.count();
const seriesId = async (slug: string) => (await getPrisma().series.findUniqueOrThrow({ where: { slug } })).id;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: FIRST_SEED });
  process.env.DATABASE_URL = db.url;
  pool = createWritePool(db.url);
});

afterAll(async () => {
  await pool.end();
  await getPrisma().$disconnect();
  await db.drop();
});

describe('figures', () => {
  it('creates, edits and retires a figure, each as one signed revision, visible as of its revision', async () => {
    const created = await createFigure(pool, { ...editor, figure });
    expect(created).toMatchObject({ revision: 2, version: 1 });
    expect(await getPrisma().datasetRevision.findUniqueOrThrow({ where: { id: 2 } })).toMatchObject({ author: 'Ada Editor', authorId: 'user-1', reason: 'Checked against the source' });
    const troops = await seriesId('troops-deployed');
    const mine = (figures: { figureId: number }[]) => figures.filter((f) => f.figureId === created.figureId);
    expect(mine(await seriesFigures(troops))).toMatchObject([{ value: '11000', qualifier: 'approx', claimant: { name: 'Jane Analyst' }, version: 1 }]);

    const edited = await editFigure(pool, { ...editor, reason: 'The article says more than 11,000', figureId: created.figureId, baseVersion: 1, changes: { qualifier: 'more_than', claimant: { organization: 'The Institute' } } });
    expect(edited).toMatchObject({ revision: 3, version: 2 });
    expect(mine(await seriesFigures(troops))).toMatchObject([{ qualifier: 'more_than', claimant: { name: 'Jane Analyst', organization: 'The Institute' }, version: 2 }]);
    expect(mine(await seriesFigures(troops, 2))).toMatchObject([{ qualifier: 'approx', version: 1 }]);

    // Saving what is there already writes nothing.
    expect(await editFigure(pool, { ...editor, figureId: created.figureId, baseVersion: 2, changes: { qualifier: 'more_than' } })).toMatchObject({ revision: null, version: 2 });
    expect(await revisions()).toBe(3);

    expect(await retireFigure(pool, { ...editor, reason: 'A duplicate', figureId: created.figureId, baseVersion: 2 })).toMatchObject({ revision: 4, version: 3 });
    expect(mine(await seriesFigures(troops))).toEqual([]);
    expect(mine(await seriesFigures(troops, 3))).toHaveLength(1);
    expect(await retireFigure(pool, { ...editor, figureId: created.figureId, baseVersion: 3 })).toMatchObject({ revision: null });
  });

  it('refuses an edit from a version someone else replaced, saying what they changed', async () => {
    const { figureId } = await createFigure(pool, { ...editor, figure: { ...figure, url: 'https://example.org/other' } });
    await editFigure(pool, { ...editor, actor: { userId: 'user-2', name: 'Bob' }, figureId, baseVersion: 1, changes: { value: 11500, note: 'Rounded.' } });
    const before = await revisions();
    const conflict = await errorOf(editFigure(pool, { ...editor, figureId, baseVersion: 1, changes: { quote: 'Something else.' } }));
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict).toMatchObject({
      kind: 'figure',
      id: figureId,
      baseVersion: 1,
      currentVersion: 2,
      current: { value: '11500', note: 'Rounded.' },
      changes: [
        { field: 'value', from: '11000', to: '11500' },
        { field: 'note', from: null, to: 'Rounded.' },
      ],
    });
    expect(await revisions()).toBe(before);
  });

  it('names each bad field, refuses a duplicate, a move to another series and an unsigned or unexplained change', async () => {
    const before = await revisions();
    const bad = await errorOf(createFigure(pool, { ...editor, figure: { ...figure, value: '1,000', periodStart: '2025-02-30', extra: true } }));
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).issues).toEqual([
      { field: 'value', message: '"1,000" has thousands separators; write it as 1000' },
      { field: 'periodStart', message: '"2025-02-30" is not a real date: Feb 2025 has 28 days' },
      { field: 'extra', message: 'is not a field; the fields are named as the read API names them' },
    ]);
    expect(await errorOf(createFigure(pool, { ...editor, figure: { ...figure, seriesSlug: 'no-such-series' } }))).toMatchObject({
      issues: [{ field: 'seriesSlug', message: '"no-such-series" is not a known series' }],
    });
    const { figureId } = await createFigure(pool, { ...editor, figure: { ...figure, url: 'https://example.org/third' } });
    expect(await errorOf(createFigure(pool, { ...editor, figure: { ...figure, url: 'https://example.org/third', value: 3 } }))).toBeInstanceOf(DuplicateError);
    expect(await errorOf(editFigure(pool, { ...editor, figureId, baseVersion: 1, changes: { seriesSlug: 'troop-deaths' } }))).toMatchObject({
      issues: [{ field: 'seriesSlug', message: 'cannot change: a figure stays in its series; retire it and create it in the other one' }],
    });
    expect(await errorOf(createFigure(pool, { actor: { userId: null, name: 'Ada' }, reason: '  ', figure }))).toMatchObject({
      issues: [{ field: 'reason', message: 'is empty; say why the data changes (it is shown with the change)' }],
    });
    expect(await errorOf(editFigure(pool, { ...editor, figureId, baseVersion: 0, changes: {} }))).toMatchObject({ issues: [{ field: 'baseVersion' }] });
    expect(await revisions()).toBe(before + 1);
  });
});

describe('series and events', () => {
  it('versions a series’ title, refuses a change of unit, and retires it with its figures', async () => {
    const created = await createSeries(pool, { ...editor, series: { slug: 'oil-barrels-test', title: 'Oil', unit: 'barrels', topic: 'economy', kind: 'flow' } });
    await createFigure(pool, { ...editor, figure: { ...figure, seriesSlug: 'oil-barrels-test', periodStart: '2024-01' } });
    const renamed = await editSeries(pool, { ...editor, slug: 'oil-barrels-test', baseVersion: 1, changes: { title: 'Oil sent to North Korea' } });
    expect(renamed).toMatchObject({ seriesId: created.seriesId, version: 2 });
    expect(await errorOf(editSeries(pool, { ...editor, slug: 'oil-barrels-test', baseVersion: 2, changes: { unit: 'tons' } }))).toMatchObject({ issues: [{ field: 'unit' }] });
    expect(await errorOf(editSeries(pool, { ...editor, slug: 'oil-barrels-test', baseVersion: 1, changes: { description: 'x' } }))).toMatchObject({
      changes: [{ field: 'title', from: 'Oil', to: 'Oil sent to North Korea' }],
    });
    expect((await listSeries()).find((s) => s.slug === 'oil-barrels-test')).toMatchObject({ title: 'Oil sent to North Korea', figureCount: 1 });

    const retired = await retireSeries(pool, { ...editor, slug: 'oil-barrels-test', baseVersion: 2 });
    expect((await listSeries()).find((s) => s.slug === 'oil-barrels-test')).toBeUndefined();
    expect((await listSeries({ asOfRevision: (retired.revision as number) - 1 })).find((s) => s.slug === 'oil-barrels-test')).toMatchObject({ figureCount: 1 });
    expect(await seriesFigures(created.seriesId)).toEqual([]);
    expect(await errorOf(editSeries(pool, { ...editor, slug: 'oil-barrels-test', baseVersion: 3, changes: { title: 'Back' } }))).toBeInstanceOf(RuleError);
  });

  it('versions events, so views pinned before a correction or retirement show them as they were', async () => {
    const range = { from: null, to: null };
    const created = await createEvent(pool, { ...editor, event: { slug: 'test-summit', date: '2024-06-19', title: 'Summit in Pyongyang', topics: ['economy', 'troops'], source: 'KCNA' } });
    const atCreation = created.revision as number;
    const edited = await editEvent(pool, { ...editor, slug: 'test-summit', baseVersion: 1, changes: { title: 'Putin and Kim sign a pact' } });
    const retired = await retireEvent(pool, { ...editor, slug: 'test-summit', baseVersion: 2 });
    const titles = async (asOfRevision: number | null) =>
      (await listEvents({ topics: ['economy'], range, asOfRevision })).filter((e) => e.slug === 'test-summit').map((e) => e.title);
    expect(await titles(atCreation)).toEqual(['Summit in Pyongyang']);
    expect(await titles(edited.revision)).toEqual(['Putin and Kim sign a pact']);
    expect(await titles(retired.revision)).toEqual([]);
    expect(await titles(null)).toEqual([]);
    expect(await titles(atCreation - 1)).toEqual([]);
  });
});

describe('merges', () => {
  it('moves a claimant’s figures to the body it is the same as, keeping their history and the old name’s link', async () => {
    const prisma = getPrisma();
    const [from, into] = await Promise.all([
      prisma.claimant.create({ data: { name: 'R. Analyst', organization: 'Old name of the institute' } }),
      prisma.claimant.findFirstOrThrow({ where: { name: 'Jane Analyst', organization: 'The Institute' } }),
    ]);
    const [header] = seedFigureLines(FIRST_SEED.figures);
    const row = 'troop-casualties,400,approx,,,2024-12,2025-01,R. Analyst,Old name of the institute,,A Newspaper,2025-01-02,https://example.org/casualties,,';
    await importFiles({ databaseUrl: db.url, figuresFile: writeTempFile(`${header}\n${row}\n`), author: 'Ada', reason: 'new figure' });
    const moved = await mergeClaimants(pool, { ...editor, reason: 'The same institute under its old name', fromId: from.id, intoId: into.id });
    expect(moved).toMatchObject({ figuresMoved: 1 });
    const history = await prisma.figureVersion.findMany({ where: { url: 'https://example.org/casualties' }, orderBy: { version: 'asc' } });
    expect(history.map((v) => [v.version, v.change, v.claimantId, v.validToRev])).toEqual([
      [1, 'created', from.id, moved.revision],
      [2, 'corrected', into.id, null],
    ]);
    expect(await findMergeSurvivor('claimant', from.id)).toBe(into.id);
    expect(await findMergeSurvivor('claimant', into.id)).toBeNull();
    // The old file again: its name now means the survivor, so nothing changes.
    expect(await importFiles({ databaseUrl: db.url, figuresFile: writeTempFile(`${header}\n${row}\n`), author: 'Ada', reason: 'again' })).toMatchObject({ revision: null, figuresUnchanged: 1 });
    expect(await errorOf(mergeClaimants(pool, { ...editor, fromId: from.id, intoId: into.id }))).toMatchObject({ message: `claimant #${from.id} was merged into #${into.id} already` });
    expect(await errorOf(mergeClaimants(pool, { ...editor, fromId: into.id, intoId: into.id }))).toBeInstanceOf(RuleError);
  });

  it('merges publishers the same way, as one revision, after a preview that says how many figures move and writes nothing', async () => {
    const prisma = getPrisma();
    const from = await prisma.publisher.findFirstOrThrow({ where: { name: 'A Newspaper' } });
    const into = await prisma.publisher.findFirstOrThrow({ where: { name: 'UPI' } });
    const before = await revisions();
    const preview = await previewMerge(pool, 'publisher', { fromId: from.id, intoId: into.id });
    expect(preview).toMatchObject({ from: { id: from.id, name: 'A Newspaper' }, into: { id: into.id, name: 'UPI' } });
    expect(await revisions()).toBe(before);
    const moved = await mergePublishers(pool, { ...editor, fromId: from.id, intoId: into.id });
    expect(moved.figuresMoved).toBeGreaterThan(0);
    expect(moved.figuresMoved).toBe(preview.figures);
    expect(await revisions()).toBe(before + 1);
    expect(await errorOf(previewMerge(pool, 'publisher', { fromId: from.id, intoId: into.id }))).toMatchObject({ message: `publisher #${from.id} was merged into #${into.id} already` });
    expect(await errorOf(previewMerge(pool, 'publisher', { fromId: 'x', intoId: into.id }))).toBeInstanceOf(ValidationError);
    expect(await prisma.figureVersion.count({ where: { publisherId: from.id, validToRev: null, change: { not: 'retired' } } })).toBe(0);
    expect(await findMergeSurvivor('publisher', from.id)).toBe(into.id);
  });
});

describe('headlines', () => {
  it('reads the headline series as an editor set them, as of the revision shown', async () => {
    const slugsOf = async (asOfRevision?: number) => (await getHeadlineData({ asOfRevision })).map((h) => h.series.slug);
    expect(await slugsOf()).toEqual(['shells-delivered', 'troops-deployed', 'children-returned', 'students-in-russia']);
    const set = await setHeadlines(pool, { ...editor, slugs: ['troops-deployed', 'shells-delivered'], baseRevision: 1 });
    expect(await slugsOf()).toEqual(['troops-deployed', 'shells-delivered']);
    expect(await slugsOf((set.revision as number) - 1)).toEqual(['shells-delivered', 'troops-deployed', 'children-returned', 'students-in-russia']);
    expect(await setHeadlines(pool, { ...editor, slugs: ['troops-deployed', 'shells-delivered'], baseRevision: set.revision })).toMatchObject({ revision: null });
    expect(await errorOf(setHeadlines(pool, { ...editor, slugs: ['troop-deaths'], baseRevision: 1 }))).toMatchObject({
      changes: [{ field: 'slugs', from: ['shells-delivered', 'troops-deployed', 'children-returned', 'students-in-russia'], to: ['troops-deployed', 'shells-delivered'] }],
    });
    expect(await errorOf(setHeadlines(pool, { ...editor, slugs: ['nope', 'troop-deaths', 'troop-deaths'], baseRevision: set.revision }))).toMatchObject({
      issues: [{ field: 'slugs', message: 'names "troop-deaths" twice' }],
    });
  });
});
