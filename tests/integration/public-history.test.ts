// The public history against a real PostgreSQL: the seed as revision 1, then corrections and a
// retirement through the importer, read back as a figure's versions with their diffs, as the paged
// corrections log (whole and by series) and as one revision's changes. The blocks share one database
// and build on each other's imports, so their order matters.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { getPrisma } from '@/lib/db';
import { diffFigureVersions } from '@/lib/figures/figure-diff';
import { importFiles } from '@/lib/importer/import-files';
import { loadChangesLog, LOG_PAGE_SIZE } from '@/lib/loaders/changes-log';
import { loadFigureHistory } from '@/lib/loaders/figure-history';
import { loadRevisionView, REVISION_PAGE_SIZE } from '@/lib/loaders/revision-view';
import { listFigureVersions } from '@/lib/queries/list-figure-versions';
import { listRevisions } from '@/lib/queries/list-revisions';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

jest.setTimeout(120_000);

type Row = Record<string, string>;

const [HEADER] = seedFigureLines();
const COLUMNS = HEADER.split(',');
const SEED: Row[] = parse(seedFigureLines().join('\n'), { columns: true });
const seedOf = (series: string) => SEED.filter((row) => row.series === series);

function find(series: string, value: string): Row {
  const row = SEED.find((r) => r.series === series && r.value === value);
  if (!row) throw new Error(`the seed data no longer has the ${series} row of ${value} this test corrects`);
  return row;
}

// Two figures this file follows: one corrected twice, one corrected many times, and one retired.
const NIS_TOTAL = find('troops-deployed', '15000');
const FIRST_REPORT = find('troops-deployed', '3000');
const KIRBY = find('containers-shipped', '1000');
/** Corrections of FIRST_REPORT's note, one revision each, enough for the log to fill a second page. */
const NOTE_EDITS = 22;

let db: TestDatabase;

async function importRows(rows: Row[], reason: string, retireMissing = false) {
  return importFiles({
    databaseUrl: db.url,
    figuresFile: writeTempFile(stringify(rows, { header: true, columns: COLUMNS })),
    author: 'history test',
    reason,
    retireMissing,
  });
}

async function figureIdOf(row: Row): Promise<number> {
  const version = await getPrisma().figureVersion.findFirst({
    where: { series: { slug: row.series }, publisher: { name: row.publisher }, url: row.url, claimant: { name: row.claimant } },
    select: { figureId: true },
  });
  if (!version) throw new Error(`no figure for ${row.series} ${row.value}`);
  return version.figureId;
}

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
  // 2: the NIS total goes from about 15,000 to about 16,500, with a new note.
  expect(await importRows([{ ...NIS_TOTAL, value: '16500', note: 'Revised after a second briefing.' }], 'NIS revised its total')).toMatchObject({
    revision: 2,
    figuresCorrected: 1,
  });
  // 3: and then to more than 17,000.
  expect(await importRows([{ ...NIS_TOTAL, value: '17000', qualifier: 'more_than', note: 'Revised after a second briefing.' }], 'A lower bound, not an estimate')).toMatchObject({
    revision: 3,
    figuresCorrected: 1,
  });
  // 4: the containers file without Kirby's figure, as complete: it is retired.
  expect(await importRows(seedOf('containers-shipped').filter((row) => row !== KIRBY), 'Kirby’s figure withdrawn', true)).toMatchObject({
    revision: 4,
    figuresRetired: 1,
  });
  // 5 and on: small corrections of one note.
  for (let i = 1; i <= NOTE_EDITS; i += 1) {
    expect(await importRows([{ ...FIRST_REPORT, note: `Note, edit ${i}.` }], `Note edit ${i}`)).toMatchObject({ revision: 4 + i });
  }
});

afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});

const LATEST_REVISION = 4 + NOTE_EDITS;
const TROOPS = { unit: 'troops', kind: 'cumulative' as const };

describe('a figure’s versions', () => {
  it('lists every version newest first, each with the revision that wrote it and the one that superseded it', async () => {
    const list = await listFigureVersions(await figureIdOf(NIS_TOTAL), { before: null, limit: 50 });
    expect(list?.series.slug).toBe('troops-deployed');
    expect(
      list?.versions.map((v) => [v.figure.version, v.change, v.figure.value, v.revision.id, v.revision.author, v.revision.reason, v.supersededIn]),
    ).toEqual([
      [3, 'corrected', '17000', 3, 'history test', 'A lower bound, not an estimate', null],
      [2, 'corrected', '16500', 2, 'history test', 'NIS revised its total', 3],
      [1, 'created', '15000', 1, 'seed', 'Initial load of the researched figures shipped with the project', 2],
    ]);
    expect(list?.versions[0].revision.createdAt).toBeInstanceOf(Date);
  });

  it('reads a window of older versions with the newest, and one more for the diff', async () => {
    const id = await figureIdOf(FIRST_REPORT);
    const newest = NOTE_EDITS + 1;
    const window = await listFigureVersions(id, { before: 10, limit: 3 });
    expect(window?.versions.map((v) => v.figure.version)).toEqual([newest, 9, 8, 7, 6]);
    const first = await listFigureVersions(id, { before: null, limit: 3 });
    expect(first?.versions.map((v) => v.figure.version)).toEqual([newest, newest - 1, newest - 2, newest - 3, newest - 4]);
    expect(await listFigureVersions(999_999, { before: null, limit: 3 })).toBeNull();
  });

  it('gives each version the one before it, and the diff reads in words', async () => {
    const view = await loadFigureHistory(String(await figureIdOf(NIS_TOTAL)), null);
    if (!view) throw new Error('no history');
    expect([view.total, view.showsNewest, view.olderBefore, view.notices]).toEqual([3, true, null, []]);
    expect(view.entries.map((e) => [e.record.figure.version, e.previous?.figure.version ?? null])).toEqual([
      [3, 2],
      [2, 1],
      [1, null],
    ]);
    const diff = (i: number) => {
      const { record, previous } = view.entries[i];
      return diffFigureVersions(previous!.figure, record.figure, TROOPS).map((c) => [c.field, c.before.text, c.after.text]);
    };
    expect(diff(1)).toEqual([
      ['value', 'about 15,000 troops', 'about 16,500 troops'],
      ['note', NIS_TOTAL.note, 'Revised after a second briefing.'],
    ]);
    expect(diff(0)).toEqual([['value', 'about 16,500 troops', 'more than 17,000 troops']]);
  });

  it('pages through a long history with before=, and says what it ignored', async () => {
    const id = String(await figureIdOf(FIRST_REPORT));
    const newest = await loadFigureHistory(id, null);
    expect(newest?.entries).toHaveLength(NOTE_EDITS + 1);
    const older = await loadFigureHistory(id, '10');
    expect(older?.entries.map((e) => e.record.figure.version)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect([older?.showsNewest, older?.olderBefore, older?.latest.figure.version]).toEqual([false, null, NOTE_EDITS + 1]);
    expect((await loadFigureHistory(id, 'x'))?.notices).toEqual(['Ignored before="x": it names the version to list older ones than, a whole number from 2.']);
    const past = await loadFigureHistory(id, '999');
    expect([past?.notices, past?.showsNewest]).toEqual([[`Ignored before=999: this figure has ${NOTE_EDITS + 1} versions; showing the newest.`], true]);
  });

  it('keeps a retired figure’s history, its last version saying so and stating what it did', async () => {
    const view = await loadFigureHistory(String(await figureIdOf(KIRBY)), null);
    expect(view?.latest.change).toBe('retired');
    expect(view?.latest.revision.reason).toBe('Kirby’s figure withdrawn');
    const [retired, created] = view!.entries;
    expect([retired.record.figure.value, retired.previous?.figure.versionId]).toEqual(['1000', created.record.figure.versionId]);
    expect(diffFigureVersions(retired.previous!.figure, retired.record.figure, { unit: 'containers', kind: 'cumulative' })).toEqual([]);
  });

  it('knows no figure for an unknown or malformed id', async () => {
    for (const id of ['999999', 'abc', '0', '1.5', '-1', '99999999999', '']) {
      expect([id, await loadFigureHistory(id, null)]).toEqual([id, null]);
    }
  });
});

describe('the corrections log', () => {
  it('lists every revision newest first with its counts', async () => {
    const { revisions, total } = await listRevisions({ limit: 100, offset: 0 });
    expect(total).toBe(LATEST_REVISION);
    expect(revisions.map((r) => r.id)).toEqual(Array.from({ length: LATEST_REVISION }, (_, i) => LATEST_REVISION - i));
    const byId = new Map(revisions.map((r) => [r.id, r.changes]));
    expect(byId.get(1)).toMatchObject({ figuresCreated: SEED.length, figuresCorrected: 0, figuresRetired: 0 });
    expect(byId.get(2)).toEqual({ figuresCreated: 0, figuresCorrected: 1, figuresRetired: 0, seriesCreated: 0 });
    expect(byId.get(4)).toEqual({ figuresCreated: 0, figuresCorrected: 0, figuresRetired: 1, seriesCreated: 0 });
  });

  it('pages, and shows the last page for a page past the end, saying so', async () => {
    const first = await loadChangesLog(null, null);
    expect([first.query.page, first.pages, first.total, first.notices]).toEqual([1, 2, LATEST_REVISION, []]);
    expect(first.revisions).toHaveLength(LOG_PAGE_SIZE);
    expect(first.revisions[0]).toMatchObject({ id: LATEST_REVISION, author: 'history test', reason: `Note edit ${NOTE_EDITS}` });
    const second = await loadChangesLog(null, '2');
    expect(second.revisions.map((r) => r.id)).toEqual(Array.from({ length: LATEST_REVISION - LOG_PAGE_SIZE }, (_, i) => LATEST_REVISION - LOG_PAGE_SIZE - i));
    const past = await loadChangesLog(null, '9');
    expect([past.query.page, past.notices]).toEqual([2, ['Ignored page=9: the log has 2 pages; showing the last.']]);
    expect((await loadChangesLog(null, 'two')).notices).toEqual(['Ignored page="two": a page is a whole number from 1.']);
  });

  it('filters by series, counting only their figures, and names an unknown slug', async () => {
    const containers = await loadChangesLog('containers-shipped', null);
    expect(containers.series.map((s) => s.slug)).toEqual(['containers-shipped']);
    expect(containers.revisions.map((r) => [r.id, r.changes])).toEqual([
      [4, { figuresCreated: 0, figuresCorrected: 0, figuresRetired: 1, seriesCreated: 0 }],
      [1, { figuresCreated: seedOf('containers-shipped').length, figuresCorrected: 0, figuresRetired: 0, seriesCreated: 1 }],
    ]);
    const troops = await loadChangesLog('troops-deployed,no-such-series', null);
    expect(troops.notices).toEqual(['Ignored unknown series "no-such-series".']);
    expect(troops.total).toBe(LATEST_REVISION - 1);
    expect(troops.revisions.every((r) => r.id !== 4)).toBe(true);
    const unknown = await loadChangesLog('no-such-series', null);
    expect([unknown.series, unknown.total, unknown.notices]).toEqual([[], LATEST_REVISION, ['Ignored unknown series "no-such-series".']]);
  });
});

describe('a revision’s changes', () => {
  it('gives the figures a revision wrote with the versions they replaced', async () => {
    const view = await loadRevisionView('2', null, null);
    expect(view?.revision).toMatchObject({ id: 2, author: 'history test', reason: 'NIS revised its total' });
    expect(view?.changes.map((c) => [c.change, c.figure.value, c.previous?.value])).toEqual([['corrected', '16500', '15000']]);
    expect(view?.series.map((s) => [s.slug, s.unit])).toEqual([['troops-deployed', 'troops']]);
    const retired = await loadRevisionView('4', null, null);
    expect(retired?.changes.map((c) => [c.change, c.figure.value, c.previous?.value])).toEqual([['retired', '1000', '1000']]);
  });

  it('pages the seed’s figures and filters them by series', async () => {
    const first = await loadRevisionView('1', null, null);
    expect([first?.total, first?.pages, first?.changes.length]).toEqual([SEED.length, Math.ceil(SEED.length / REVISION_PAGE_SIZE), Math.min(SEED.length, REVISION_PAGE_SIZE)]);
    const last = await loadRevisionView('1', null, '999');
    expect(last?.notices).toEqual([`Ignored page=999: this revision’s list has ${first?.pages} pages; showing the last.`]);
    const troops = await loadRevisionView('1', 'troops-deployed', null);
    expect(troops?.changes.map((c) => c.figure.seriesSlug)).toEqual(seedOf('troops-deployed').map(() => 'troops-deployed'));
    expect(troops?.filter.map((s) => s.slug)).toEqual(['troops-deployed']);
  });

  it('knows no revision for an unknown or malformed number', async () => {
    for (const rev of ['999', 'abc', '0', '2.0', '']) {
      expect([rev, await loadRevisionView(rev, null, null)]).toEqual([rev, null]);
    }
  });
});
