// The explorer's queries against a real PostgreSQL loaded with the seed data: range filters that
// respect each date's precision, several claimants, as-of revisions, events, and the same two
// statements for any number of series.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { parsePartialDate } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';
import { importFiles } from '@/lib/importer/import-files';
import { getDatasetRevision } from '@/lib/queries/get-dataset-revision';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listEvents } from '@/lib/queries/list-events';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { listSeriesFacets } from '@/lib/queries/list-series-facets';
import { searchSeries } from '@/lib/queries/search-series';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { createTestDatabase, FIRST_SEED, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let prisma: PrismaClient;
const statements: string[] = [];

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const ALL = { from: null, to: null };

async function seriesOf(...slugs: string[]) {
  return listSeriesBySlugs(slugs, prisma);
}

async function figuresOf(slugs: string[], range: { from: PartialDate | null; to: PartialDate | null }, asOfRevision: number | null = null) {
  return (await getExplorerData({ series: await seriesOf(...slugs), range, asOfRevision }, prisma)).figures;
}

beforeAll(async () => {
  db = await createTestDatabase({ seeded: FIRST_SEED });
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }), log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => statements.push(event.query));
  prisma = client;
  // The seed revision is 1; these events are written as part of it, as the seed's events would be.
  const events = [
    { slug: 'x-first-troops', occurredOn: new Date('2024-10-23T00:00:00Z'), occurredOnPrecision: 'day' as const, topics: ['troops' as const] },
    { slug: 'x-builders', occurredOn: new Date('2025-06-01T00:00:00Z'), occurredOnPrecision: 'month' as const, topics: ['troops' as const, 'labour' as const] },
    { slug: 'x-shipments', occurredOn: new Date('2023-01-01T00:00:00Z'), occurredOnPrecision: 'year' as const, topics: ['munitions' as const] },
    { slug: 'x-everywhere', occurredOn: new Date('2025-01-15T00:00:00Z'), occurredOnPrecision: 'day' as const, topics: [] },
  ];
  for (const { slug, ...event } of events) {
    await prisma.event.create({
      data: {
        slug,
        versions: { create: { ...event, version: 1, change: 'created', validFromRev: 1, title: slug, description: '', source: 'Test source', url: null } },
      },
    });
  }
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

describe('getExplorerData', () => {
  it('reads every chosen series in two statements (figures, then the claimants and publishers they name), with full citations', async () => {
    const one = await seriesOf('troops-deployed');
    statements.length = 0;
    await getExplorerData({ series: one, range: ALL, asOfRevision: null }, prisma);
    expect(statements).toHaveLength(2);

    const series = await seriesOf('troops-deployed', 'troop-casualties', 'shells-delivered', 'children-returned');
    statements.length = 0;
    const { figures } = await getExplorerData({ series, range: ALL, asOfRevision: null }, prisma);
    expect(statements).toHaveLength(2);
    expect(new Set(figures.map((f) => f.seriesSlug))).toEqual(new Set(['troops-deployed', 'troop-casualties', 'shells-delivered', 'children-returned']));
    expect(figures).toHaveLength(5 + 3 + 8 + 7);

    const range = figures.find((f) => f.qualifier === 'range');
    expect(range).toMatchObject({
      seriesSlug: 'shells-delivered',
      value: '5000000',
      valueLow: '4000000',
      valueHigh: '6000000',
      periodStart: date('2023-09'),
      periodEnd: date('2025-03'),
      claimant: { name: 'Reuters and Open Source Centre', organization: 'Reuters and Open Source Centre' },
      publisher: { name: 'news.online.ua' },
      publishedOn: date('2025-04-16'),
      url: expect.stringMatching(/^https:\/\/news\.online\.ua\//),
      revision: 1,
    });
  });

  it('keeps several claimants of one series apart', async () => {
    const figures = await figuresOf(['shells-delivered'], ALL);
    expect(new Set(figures.map((f) => f.claimant.organization))).toEqual(
      new Set([
        "Ukraine's Defense Intelligence (HUR)",
        "South Korea's Ministry of National Defense",
        "South Korea's Defense Intelligence Agency",
        'Reuters and Open Source Centre',
      ]),
    );
  });

  it('filters by the range, comparing each date at its precision', async () => {
    const in2025 = await figuresOf(['troops-deployed'], { from: date('2025'), to: date('2025') });
    expect(in2025.map((f) => f.periodEnd?.date).sort()).toEqual(['2025-01-01', '2025-04-01', '2025-04-30', '2025-09-02']);

    // "as of Jan 2025" overlaps a range starting on 31 Jan 2025; "13 Jan 2025" does not.
    const lateJanuary = await figuresOf(['troop-deaths', 'troops-deployed'], { from: date('2025-01-31'), to: date('2025-02') });
    expect(lateJanuary.map((f) => [f.seriesSlug, f.periodEnd?.date])).toEqual([['troops-deployed', '2025-01-01']]);

    // A target known only to the year 2025 falls in a summer range; an exact date outside it does not.
    const summer = await figuresOf(['drone-workers-planned'], { from: date('2025-07'), to: date('2025-08') });
    expect(summer.map((f) => f.value)).toEqual(['12000']);
  });

  it('takes a flow whose period overlaps the range, and leaves out one that does not', async () => {
    const overlapping = await figuresOf(['student-entries'], { from: date('2024-06'), to: date('2024-06') });
    expect(overlapping.map((f) => f.value)).toEqual(['7887']);
    expect(await figuresOf(['student-entries'], { from: date('2025'), to: null })).toEqual([]);
    expect(await figuresOf(['student-entries'], { from: null, to: date('2023-12') })).toEqual([]);
  });

  it('always returns figures that cannot be placed in time, so the page can list them', async () => {
    const figures = await figuresOf(['shells-delivered'], { from: date('2025-10'), to: date('2025-12') });
    expect(figures.map((f) => [f.periodStart?.date ?? null, f.periodEnd?.date ?? null, f.publisher.name])).toEqual([
      ['2023-01-01', '2025-11-01', 'TSN.ua'],
      ['2023-01-01', null, 'News digest (seed document)'],
    ]);
  });

  it('shows the data as it stood at a revision, and never a retired figure', async () => {
    const [header, ...rows] = seedFigureLines(FIRST_SEED.figures);
    const kept = rows.filter((row) => row.startsWith('troops-deployed,'));
    const corrected = kept.map((row) => row.replace('troops-deployed,15000,approx', 'troops-deployed,16000,approx'));
    const report = await importFiles({
      databaseUrl: db.url,
      figuresFile: writeTempFile(`${header}\n${corrected.slice(1).join('\n')}\n`),
      author: 'test',
      reason: 'correct one figure and retire another',
      retireMissing: true,
    });
    expect(report).toMatchObject({ figuresCorrected: 1, figuresRetired: 1 });

    const now = await figuresOf(['troops-deployed'], ALL);
    expect(now.map((f) => f.value).sort()).toEqual(['12000', '13000', '14000', '16000']);
    const then = await figuresOf(['troops-deployed'], ALL, 1);
    expect(then.map((f) => f.value).sort()).toEqual(['12000', '13000', '14000', '15000', '3000']);

    expect(await getDatasetRevision(1, prisma)).toMatchObject({ id: 1, latest: report.revision });
    expect(await getDatasetRevision(999, prisma)).toBeNull();
  });

  it('reads at most its share of a view’s figures per series, the latest ones, and says how many there are', async () => {
    const series = await seriesOf('shells-delivered', 'children-returned');
    const { figures: all } = await getExplorerData({ series, range: ALL, asOfRevision: null }, prisma);
    statements.length = 0;
    const capped = await getExplorerData({ series, range: ALL, asOfRevision: null, maxFigures: 8 }, prisma);
    // The count of the series that have more is the one statement more.
    expect(statements).toHaveLength(3);
    expect(capped.truncated).toEqual([
      { seriesSlug: 'shells-delivered', shown: 4, total: all.filter((f) => f.seriesSlug === 'shells-delivered').length },
      { seriesSlug: 'children-returned', shown: 4, total: all.filter((f) => f.seriesSlug === 'children-returned').length },
    ]);
    const desc = (a: string | undefined, b: string | undefined) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : b.localeCompare(a));
    for (const { slug } of series) {
      const everyOne = all.filter((f) => f.seriesSlug === slug);
      const latest = everyOne.toSorted(
        (a, b) =>
          desc(a.periodEnd?.date, b.periodEnd?.date) ||
          desc(a.periodStart?.date, b.periodStart?.date) ||
          desc(a.publishedOn?.date, b.publishedOn?.date) ||
          b.figureId - a.figureId,
      );
      const kept = new Set(latest.slice(0, 4).map((f) => f.figureId));
      // The latest four, in the order the whole series is listed in.
      expect(capped.figures.filter((f) => f.seriesSlug === slug)).toEqual(everyOne.filter((f) => kept.has(f.figureId)));
    }
    const roomy = await getExplorerData({ series, range: ALL, asOfRevision: null, maxFigures: 100 }, prisma);
    expect(roomy).toEqual({ figures: all, truncated: [] });
  });

  it('returns nothing for no series', async () => {
    expect(await getExplorerData({ series: [], range: ALL, asOfRevision: null }, prisma)).toEqual({ figures: [], truncated: [] });
  });
});

describe('listEvents', () => {
  it('lists the events of the chosen topics, and untagged ones, in the range', async () => {
    const troops = await listEvents({ topics: ['troops'], range: ALL, asOfRevision: null }, prisma);
    expect(troops.filter((e) => e.slug.startsWith('x-')).map((e) => [e.slug, e.date])).toEqual([
      ['x-first-troops', date('2024-10-23')],
      ['x-everywhere', date('2025-01-15')],
      ['x-builders', date('2025-06')],
    ]);
    const in2025 = await listEvents({ topics: ['troops'], range: { from: date('2025-02'), to: date('2025') }, asOfRevision: null }, prisma);
    expect(in2025.filter((e) => e.slug.startsWith('x-')).map((e) => e.slug)).toEqual(['x-builders']);
    // A year-precise event is returned for a range inside its year.
    const munitions = await listEvents({ topics: ['munitions'], range: { from: date('2023-06'), to: date('2023-07') }, asOfRevision: null }, prisma);
    expect(munitions.filter((e) => e.slug.startsWith('x-')).map((e) => e.slug)).toEqual(['x-shipments']);
  });

  it('returns nothing without topics', async () => {
    expect(await listEvents({ topics: [], range: ALL, asOfRevision: null }, prisma)).toEqual([]);
  });
});

describe('the series picker', () => {
  it('finds series by words in any order, by topic, claimant body and publisher', async () => {
    const byWords = await searchSeries({ text: 'korean TROOPS killed', topic: null, organization: null, publisherId: null, limit: 10 }, prisma);
    expect(byWords.series.map((s) => s.slug)).toEqual(['troop-casualties', 'troop-deaths']);

    const byTopic = await searchSeries({ text: '', topic: 'children', organization: null, publisherId: null, limit: 1 }, prisma);
    expect(byTopic).toMatchObject({ total: 2, series: [{ slug: 'children-deported', figureCount: 5 }] });

    const byBody = await searchSeries({ text: '', topic: null, organization: 'Government of North Korea', publisherId: null, limit: 10 }, prisma);
    expect(byBody.series.map((s) => s.slug)).toEqual(['deminer-deaths']);

    const facets = await listSeriesFacets(prisma);
    expect(facets.organizations).toContain("South Korea's National Intelligence Service");
    const kbs = facets.publishers.find((p) => p.name === 'KBS World');
    const byPublisher = await searchSeries({ text: '', topic: null, organization: null, publisherId: kbs?.id ?? 0, limit: 10 }, prisma);
    expect(byPublisher.series.map((s) => s.slug)).toEqual(['troops-planned']);
  });

  it('takes % and _ in a search as the characters, not as wildcards', async () => {
    const search = (text: string) => searchSeries({ text, topic: null, organization: null, publisherId: null, limit: 10 }, prisma);
    for (const text of ['%', '_', 'troops%', 'troop_', '\\']) expect([text, (await search(text)).total]).toEqual([text, 0]);
    expect((await search('troops')).total).toBeGreaterThan(0);
  });

  it('looks series up by slug in the order asked, skipping unknown ones', async () => {
    expect((await listSeriesBySlugs(['troop-casualties', 'nope', 'troops-deployed'], prisma)).map((s) => s.slug)).toEqual([
      'troop-casualties',
      'troops-deployed',
    ]);
  });
});
