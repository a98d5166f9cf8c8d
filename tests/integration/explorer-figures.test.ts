// /explore/figures, which the explorer's browser code reads, against a real, seeded PostgreSQL: it
// answers exactly the explorer's query for the state it is given, as of the revision it names (so the
// answer may be cached for good), with the events of the chosen topics, and refuses a state the page
// would never write with a message that names the problem.
import { GET } from '@/app/explore/figures/route';
import { getPrisma } from '@/lib/db';
import { unpackFigures, type PackedFigures } from '@/lib/figures/explorer-wire';
import type { ExplorerEvent } from '@/lib/figures/explorer-series';
import { importFiles } from '@/lib/importer/import-files';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listEvents } from '@/lib/queries/list-events';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { createTestDatabase, FIRST_SEED, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;

jest.setTimeout(60_000);

interface Body {
  revision: number;
  figures: PackedFigures;
  events: ExplorerEvent[];
}

async function get(query: string, headers: Record<string, string> = {}) {
  const response = await GET(new Request(`http://sourced-figures.test/explore/figures?${query}`, { headers }), undefined);
  const text = await response.text();
  return { response, text, json: text ? JSON.parse(text) : null };
}

async function errorOf(query: string): Promise<string> {
  const { response, json } = await get(query);
  expect({ query, status: response.status }).toEqual({ query, status: 400 });
  return (json as { error: { code: string; message: string } }).error.message;
}

beforeAll(async () => {
  db = await createTestDatabase({ seeded: FIRST_SEED });
  process.env.DATABASE_URL = db.url;
  // Revision 2 corrects Seoul's April 2025 count from about 15,000 to about 13,500.
  const lines = seedFigureLines(FIRST_SEED.figures).map((line) => (line.startsWith('troops-deployed,15000,') ? line.replace('troops-deployed,15000,', 'troops-deployed,13500,') : line));
  const report = await importFiles({ databaseUrl: db.url, figuresFile: writeTempFile(lines.join('\n')), author: 'test', reason: 'a correction' });
  expect(report).toMatchObject({ revision: 2, figuresCorrected: 1 });
});

afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});

describe('GET /explore/figures', () => {
  it('answers the explorer query for the state, as of the revision it names, cached for good', async () => {
    const { response, json } = await get('s=troops-deployed,troop-casualties&from=2024-10&to=2025-06&rev=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = json as Body;
    const series = await listSeriesBySlugs(['troops-deployed', 'troop-casualties']);
    const { figures: expected } = await getExplorerData({
      series,
      range: { from: { date: '2024-10-01', precision: 'month' }, to: { date: '2025-06-01', precision: 'month' } },
      asOfRevision: 2,
    });
    expect(body.revision).toBe(2);
    expect(expected.length).toBeGreaterThan(3);
    expect(unpackFigures(body.figures)).toEqual(expected);
    const range = { from: { date: '2024-10-01', precision: 'month' as const }, to: { date: '2025-06-01', precision: 'month' as const } };
    expect(body.events).toEqual(await listEvents({ topics: ['troops'], range, asOfRevision: 2 }));
    expect(body.events.map((e) => e.slug)).toContain('first-troops-counted');
  });

  it('shows a pinned revision as it was: the value before the correction', async () => {
    const values = async (rev: number) => {
      const { json } = await get(`s=troops-deployed&rev=${rev}`);
      return unpackFigures((json as Body).figures)
        .filter((f) => f.publisher.name === 'KBS News')
        .map((f) => f.value);
    };
    expect(await values(1)).toEqual(['15000']);
    expect(await values(2)).toEqual(['13500']);
  });

  it('reads the latest data, cached briefly, when no revision is named', async () => {
    const { response, json } = await get('s=troops-deployed');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=300');
    expect((json as Body).revision).toBe(2);
  });

  it('answers 304 to a request that already holds the answer', async () => {
    const first = await get('s=shells-delivered&rev=1');
    const again = await get('s=shells-delivered&rev=1', { 'if-none-match': first.response.headers.get('etag') as string });
    expect(again.response.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('refuses a state the page would never write, naming what is wrong', async () => {
    expect(await errorOf('s=troops-deployed,no-such-series')).toContain('Ignored unknown series "no-such-series".');
    expect(await errorOf('s=troops-deployed&from=2025-02-30')).toContain('Ignored from="2025-02-30"');
    expect(await errorOf('from=2024')).toContain('"s" names no series');
    expect(await errorOf('s=troops-deployed&rev=3')).toContain('there is no dataset revision 3 yet; the latest is 2');
  });
});
