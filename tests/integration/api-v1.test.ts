// The JSON data API against a real, seeded PostgreSQL, with every answer checked against the OpenAPI
// document (tests/integration/api-contract.ts). Later blocks import corrections, so the order of the
// describe blocks matters: first the seed as revision 1, then revisions 2 and 3.
import { errorResponseSchema } from '@/lib/api/schemas';
import { getPrisma } from '@/lib/db';
import { placeFigureSpan } from '@/lib/figures/explorer-range';
import type { FigureView } from '@/lib/figures/types';
import { importFiles } from '@/lib/importer/import-files';
import { openApiDocument } from '@/lib/openapi/document';
import { countChangedSince } from '@/lib/queries/count-changed-since';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { createTestDatabase, FIRST_SEED, type TestDatabase } from '../helpers/test-database';
import { makeAccount, makeToken } from '../helpers/accounts';
import { randomAuthSecret } from '../helpers/app-server';
import { createContract, ORIGIN } from './api-contract';

let db: TestDatabase;
const contract = createContract(openApiDocument());
const { call } = contract;

jest.setTimeout(60_000);

beforeAll(async () => {
  db = await createTestDatabase({ seeded: FIRST_SEED });
  // lib/db.ts reads DATABASE_URL on first use; each test file has its own module registry.
  process.env.DATABASE_URL = db.url;
});

afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});

interface Page {
  limit: number;
  offset: number;
  total: number;
  next: string | null;
}
interface List<T> {
  data: T[];
  page: Page;
}
interface FigureList extends List<FigureView> {
  revision: number;
  pinned: boolean;
  series: { slug: string };
}
interface ErrorBody {
  error: { code: string; message: string };
}

async function json<T>(path: string, status = 200): Promise<T> {
  const { response, json: body } = await call(path);
  expect({ path, status: response.status, body }).toMatchObject({ status });
  return body as T;
}

async function error(path: string, status: 400 | 404): Promise<ErrorBody['error']> {
  const { response, json: body } = await call(path);
  expect({ path, status: response.status }).toEqual({ path, status });
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (body as ErrorBody).error;
}

async function importLines(lines: string[], options: { retireMissing?: boolean; reason: string }) {
  return importFiles({
    databaseUrl: db.url,
    figuresFile: writeTempFile(lines.join('\n')),
    author: 'api test',
    reason: options.reason,
    retireMissing: options.retireMissing,
  });
}

describe('as seeded (revision 1)', () => {
  it('lists every series, page by page, following page.next', async () => {
    const slugs: string[] = [];
    let next: string | null = '/api/v1/series?limit=10';
    let pages = 0;
    while (next) {
      const page: List<{ slug: string; figureCount: number }> = await json(next);
      expect(page.page.limit).toBe(10);
      expect(page.data.length).toBeLessThanOrEqual(10);
      for (const s of page.data) slugs.push(s.slug);
      next = page.page.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(slugs).toHaveLength(29);
    expect(new Set(slugs).size).toBe(29);
    const all: List<{ slug: string }> = await json('/api/v1/series');
    expect(all.page).toEqual({ limit: 100, offset: 0, total: 29, next: null });
    expect(all.data.map((s) => s.slug)).toEqual(slugs);
  });

  it('refuses bad paging parameters with a 400 that names them', async () => {
    expect(await error('/api/v1/series?limit=0', 400)).toMatchObject({ code: 'invalid_parameter', message: expect.stringContaining('"limit=0"') });
    expect((await error('/api/v1/series?limit=1001', 400)).message).toMatch(/"limit=1001": must be the page size, a whole number from 1 to 1000/);
    expect((await error('/api/v1/series?offset=-1', 400)).message).toMatch(/"offset=-1"/);
    expect((await error('/api/v1/series?limit=5&limit=6', 400)).message).toMatch(/"limit" is given more than once/);
    expect(await error('/api/v1/series?page=2', 400)).toMatchObject({
      code: 'unknown_parameter',
      message: expect.stringContaining('unknown parameter "page": this endpoint accepts limit, offset'),
    });
  });

  it('gives one series with links to its figures, and a 404 in the error shape for an unknown one', async () => {
    const body: { data: { slug: string; unit: string }; links: Record<string, string> } = await json('/api/v1/series/troops-deployed');
    expect(body.data).toMatchObject({ slug: 'troops-deployed', unit: 'troops' });
    expect(body.links).toEqual({
      figures: '/api/v1/series/troops-deployed/figures',
      figuresCsv: '/api/v1/series/troops-deployed/figures.csv',
      page: '/series/troops-deployed',
    });
    expect(await error('/api/v1/series/no-such-series', 404)).toEqual({
      code: 'not_found',
      message: 'There is no series "no-such-series"; /api/v1/series lists them.',
    });
    expect((await error('/api/v1/series/troops-deployed?rev=1', 400)).code).toBe('unknown_parameter');
  });

  it('gives the figures of a series with full citations, as of the latest revision', async () => {
    const body: FigureList = await json('/api/v1/series/troops-deployed/figures');
    expect(body).toMatchObject({ series: { slug: 'troops-deployed', unit: 'troops', kind: 'cumulative' }, revision: 1, pinned: false });
    expect(body.data.length).toBeGreaterThanOrEqual(5);
    const shea = body.data.find((f) => f.claimant.name === 'Dorothy Shea');
    expect(shea).toMatchObject({
      value: '12000',
      qualifier: 'more_than',
      periodEnd: { date: '2025-01-01', precision: 'month' },
      publisher: { name: 'UPI' },
      revision: 1,
    });
  });

  it('filters figures by claimant, publisher and time range', async () => {
    const claimants: List<{ id: number; name: string; figureCount: number }> = await json('/api/v1/claimants?limit=1000');
    const nis = claimants.data.find((c) => c.name === "South Korea's National Intelligence Service");
    expect(nis?.figureCount).toBeGreaterThan(0);
    const byClaimant: FigureList = await json(`/api/v1/series/troops-deployed/figures?claimant=${nis?.id}`);
    expect(byClaimant.data.length).toBeGreaterThan(0);
    expect(byClaimant.data.every((f) => f.claimant.id === nis?.id)).toBe(true);

    const publishers: List<{ id: number; name: string }> = await json('/api/v1/publishers?limit=1000');
    const upi = publishers.data.find((p) => p.name === 'UPI');
    const byPublisher: FigureList = await json(`/api/v1/series/troops-deployed/figures?publisher=${upi?.id}`);
    expect(byPublisher.data.map((f) => f.publisher.name)).toEqual(['UPI']);

    const all: FigureList = await json('/api/v1/series/troops-deployed/figures');
    const in2025: FigureList = await json('/api/v1/series/troops-deployed/figures?from=2025&to=2025');
    expect(in2025.data.length).toBeGreaterThan(0);
    expect(in2025.data.length).toBeLessThan(all.data.length);
    for (const figure of in2025.data) {
      const placed = placeFigureSpan(figure, 'cumulative');
      expect(placed.ok && placed.span.start < Date.UTC(2026, 0, 1) && placed.span.end >= Date.UTC(2025, 0, 1)).toBe(true);
    }
    // A figure "as of Jan 2025" is in a range that starts mid-January: the month reaches into it.
    const fromMidJanuary: FigureList = await json('/api/v1/series/troops-deployed/figures?from=2025-01-20&to=2025-01-31');
    expect(fromMidJanuary.data.map((f) => f.value)).toContain('12000');
  });

  it('refuses bad filters with a 400 that names them', async () => {
    expect((await error('/api/v1/series/troops-deployed/figures?from=2025-13', 400)).message).toBe(
      'Invalid query: "from=2025-13": "2025-13" has no month 13.',
    );
    expect((await error('/api/v1/series/troops-deployed/figures?from=2025&to=2024', 400)).message).toMatch(/"from=2025" is after "to=2024"/);
    expect((await error('/api/v1/series/troops-deployed/figures?claimant=abc', 400)).message).toMatch(/"claimant=abc": must be a claimant id/);
    expect((await error('/api/v1/series/troops-deployed/figures?format=xml', 400)).message).toMatch(/"format=xml": must be json or csv/);
    expect((await error('/api/v1/series/troops-deployed/figures?rev=0', 400)).message).toMatch(/"rev=0": must be a dataset revision/);
    expect((await error('/api/v1/series/troops-deployed/figures?rev=2', 400)).message).toBe(
      'Invalid query: "rev=2": there is no dataset revision 2 yet; the latest is 1.',
    );
    expect((await error('/api/v1/series/nope/figures', 404)).code).toBe('not_found');
  });

  it('pages figures with limit and offset', async () => {
    const all: FigureList = await json('/api/v1/series/troops-deployed/figures');
    const first: FigureList = await json('/api/v1/series/troops-deployed/figures?limit=2');
    expect(first.page).toEqual({ limit: 2, offset: 0, total: all.data.length, next: '/api/v1/series/troops-deployed/figures?limit=2&offset=2' });
    const second: FigureList = await json(first.page.next as string);
    expect([...first.data, ...second.data].map((f) => f.figureId)).toEqual(all.data.slice(0, 4).map((f) => f.figureId));
  });

  it('answers 304 to a client that already has the body, and caches the latest data briefly', async () => {
    const first = await call('/api/v1/series/troops-deployed/figures');
    const etag = first.response.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=300');
    const again = await call('/api/v1/series/troops-deployed/figures', { headers: { 'If-None-Match': etag } });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get('etag')).toBe(etag);
    const other = await call('/api/v1/series/troops-deployed/figures?limit=1', { headers: { 'If-None-Match': etag } });
    expect(other.response.status).toBe(200);
  });

  it('reads claimants and publishers a page at a time, the pages together being the whole list in its order', async () => {
    for (const list of ['claimants', 'publishers']) {
      const whole: List<{ id: number }> = await json(`/api/v1/${list}?limit=1000`);
      const ids: number[] = [];
      for (let next: string | null = `/api/v1/${list}?limit=7`; next; ) {
        const page: List<{ id: number }> = await json(next);
        expect(page.page.total).toBe(whole.data.length);
        for (const item of page.data) ids.push(item.id);
        next = page.page.next;
      }
      expect(ids).toEqual(whole.data.map((item) => item.id));
    }
  });

  it('lists claimants and publishers with their figure counts', async () => {
    const claimants: List<{ figureCount: number }> = await json('/api/v1/claimants');
    expect(claimants.page.total).toBe(30);
    const publishers: List<{ figureCount: number }> = await json('/api/v1/publishers?limit=5&offset=25');
    expect(publishers.data).toHaveLength(5);
    expect(publishers.page.next).toBeNull();
    expect((await error('/api/v1/claimants?limit=x', 400)).code).toBe('invalid_parameter');
    expect((await error('/api/v1/publishers?offset=1.5', 400)).code).toBe('invalid_parameter');
  });

  it('counts no changes since the latest revision', async () => {
    expect(await countChangedSince({ seriesSlugs: ['troops-deployed', 'containers-shipped'], rev: 1 })).toBe(0);
  });
});

describe('after a correction (revision 2) and a retirement (revision 3)', () => {
  let troopsBefore: FigureList;
  const addedContainerRow =
    'containers-shipped,20000,approx,,,2023-09,2025-10,Test Claimant,Test Org,,Test Publisher,2025-10-02,https://example.org/added,,';

  beforeAll(async () => {
    troopsBefore = await json('/api/v1/series/troops-deployed/figures');
    const lines = seedFigureLines(FIRST_SEED.figures);
    const index = lines.findIndex((l) => l.startsWith('troops-deployed,12000,more_than'));
    lines[index] = lines[index].replace('troops-deployed,12000,more_than', 'troops-deployed,12500,approx');
    lines.push('troops-deployed,16000,approx,,,2024-10,2025-11,Test Claimant,Test Org,,Test Publisher,2025-11-02,https://example.org/new,,');
    lines.push(addedContainerRow);
    expect(await importLines(lines, { reason: 'correction' })).toMatchObject({ revision: 2, figuresCorrected: 1, figuresCreated: 2 });

    // Revision 3: the containers file without its first seed row and without the row added in 2.
    const containers = seedFigureLines(FIRST_SEED.figures).filter((l, i) => i === 0 || l.startsWith('containers-shipped,'));
    const complete = [containers[0], ...containers.slice(2)];
    expect(await importLines(complete, { reason: 'withdrawn', retireMissing: true })).toMatchObject({ revision: 3, figuresRetired: 2 });
  });

  it('shows the latest data by default and the data as of a revision with rev=, cached for good', async () => {
    const latest: FigureList = await json('/api/v1/series/troops-deployed/figures');
    expect(latest).toMatchObject({ revision: 3, pinned: false });
    expect(latest.data.find((f) => f.claimant.name === 'Dorothy Shea')).toMatchObject({ value: '12500', qualifier: 'approx', version: 2, revision: 2 });
    expect(latest.data).toHaveLength(troopsBefore.data.length + 1);

    const { response, json: asOf1 } = await call('/api/v1/series/troops-deployed/figures?rev=1');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asOf1).toEqual({ ...troopsBefore, pinned: true });

    const containersNow: FigureList = await json('/api/v1/series/containers-shipped/figures');
    const containersAt2: FigureList = await json('/api/v1/series/containers-shipped/figures?rev=2');
    expect(containersNow.data.map((f) => f.value)).not.toContain('1000');
    expect(containersAt2.data.map((f) => f.value)).toEqual(expect.arrayContaining(['1000', '20000']));
    expect(containersAt2.data).toHaveLength(containersNow.data.length + 2);
    expect((await error('/api/v1/series/containers-shipped/figures?rev=4', 400)).message).toMatch(/the latest is 3/);
  });

  it('lists revisions newest first with what each changed', async () => {
    const revisions: List<{ id: number; reason: string; author: string; changes: Record<string, number> }> = await json('/api/v1/revisions');
    expect(revisions.data.map((r) => [r.id, r.changes])).toEqual([
      [3, { figuresCreated: 0, figuresCorrected: 0, figuresRetired: 2, seriesCreated: 0 }],
      [2, { figuresCreated: 2, figuresCorrected: 1, figuresRetired: 0, seriesCreated: 0 }],
      [1, { figuresCreated: 59, figuresCorrected: 0, figuresRetired: 0, seriesCreated: 29 }],
    ]);
    expect(revisions.data.slice(0, 2).map((r) => [r.reason, r.author])).toEqual([
      ['withdrawn', 'api test'],
      ['correction', 'api test'],
    ]);
    const paged: List<{ id: number }> = await json('/api/v1/revisions?limit=1&offset=1');
    expect(paged.data.map((r) => r.id)).toEqual([2]);
    expect(paged.page.next).toBe('/api/v1/revisions?limit=1&offset=2');
    expect((await error('/api/v1/revisions?limit=2000', 400)).code).toBe('invalid_parameter');
  });

  it('gives a revision with each version it wrote and the version that one replaced', async () => {
    const two: { revision: { id: number }; data: { change: string; figure: FigureView; previous: FigureView | null }[] } = await json(
      '/api/v1/revisions/2',
    );
    expect(two.revision.id).toBe(2);
    const corrected = two.data.find((c) => c.change === 'corrected');
    expect(corrected?.figure).toMatchObject({ value: '12500', version: 2, revision: 2 });
    expect(corrected?.previous).toMatchObject({ value: '12000', version: 1, revision: 1, figureId: corrected?.figure.figureId });
    expect(two.data.filter((c) => c.change === 'created').every((c) => c.previous === null)).toBe(true);

    const { response, json: three } = await call('/api/v1/revisions/3');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const retired = (three as typeof two).data;
    expect(retired.map((c) => [c.change, c.figure.value, c.previous?.value])).toEqual(
      expect.arrayContaining([
        ['retired', '1000', '1000'],
        ['retired', '20000', '20000'],
      ]),
    );
    const firstPage: typeof two & { page: Page } = await json('/api/v1/revisions/1?limit=50');
    expect(firstPage.page).toMatchObject({ total: 59, next: '/api/v1/revisions/1?limit=50&offset=50' });

    expect(await error('/api/v1/revisions/99', 404)).toEqual({ code: 'not_found', message: 'There is no dataset revision "99"; /api/v1/revisions lists them.' });
    expect((await error('/api/v1/revisions/abc', 404)).code).toBe('not_found');
    expect((await error('/api/v1/revisions/1?offset=x', 400)).code).toBe('invalid_parameter');
  });

  it('counts the figures in a view that changed since a pinned revision', async () => {
    // troops-deployed: one corrected and one added in revision 2.
    expect(await countChangedSince({ seriesSlugs: ['troops-deployed'], rev: 1 })).toBe(2);
    // containers-shipped: one seed figure retired in 3; the one added in 2 and retired in 3 was never visible at 1.
    expect(await countChangedSince({ seriesSlugs: ['containers-shipped'], rev: 1 })).toBe(1);
    // ...but it was visible at 2, so from there both retirements count.
    expect(await countChangedSince({ seriesSlugs: ['containers-shipped'], rev: 2 })).toBe(2);
    expect(await countChangedSince({ seriesSlugs: ['troops-deployed', 'containers-shipped'], rev: 1 })).toBe(3);
    expect(await countChangedSince({ seriesSlugs: ['troops-deployed', 'containers-shipped'], rev: 3 })).toBe(0);
    expect(await countChangedSince({ seriesSlugs: ['shells-delivered'], rev: 1 })).toBe(0);
    expect(await countChangedSince({ seriesSlugs: [], rev: 1 })).toBe(0);
  });

  it('agrees with a comparison of the two as-of views', async () => {
    for (const slug of ['troops-deployed', 'containers-shipped']) {
      const now: FigureList = await json(`/api/v1/series/${slug}/figures`);
      const then: FigureList = await json(`/api/v1/series/${slug}/figures?rev=1`);
      const version = (list: FigureList) => new Map(list.data.map((f) => [f.figureId, f.versionId]));
      const [a, b] = [version(now), version(then)];
      const changed = new Set([...a.keys(), ...b.keys()].filter((id) => a.get(id) !== b.get(id)));
      expect(await countChangedSince({ seriesSlugs: [slug], rev: 1 })).toBe(changed.size);
    }
  });
});

describe('the contract', () => {
  it('serves the OpenAPI document, refusing parameters it does not take', async () => {
    const { json: body } = await call('/api/v1/openapi.json');
    expect(body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect((await error('/api/v1/openapi.json?x=1', 400)).code).toBe('unknown_parameter');
  });

  it('makes short links and exports CSV in the documented shapes', async () => {
    const created = await call('/api/v1/links', { method: 'POST', body: { path: '/explore', query: 's=troops-deployed' } });
    expect(created.response.status).toBe(201);
    expect((await call('/api/v1/links', { method: 'POST', body: { path: '/nope', query: '' } })).response.status).toBe(400);
    expect((await call('/api/v1/export.csv?s=troops-deployed')).response.status).toBe(200);
    expect((await call('/api/v1/export.csv?s=nope')).response.status).toBe(400);
    expect((await call('/api/v1/series/troops-deployed/figures.csv')).response.status).toBe(200);
    expect((await call('/api/v1/series/troops-deployed/figures.csv?limit=1')).response.status).toBe(400);
    expect((await call('/api/v1/series/troops-deployed/figures?format=csv')).response.headers.get('content-type')).toMatch(/^text\/csv/);
  });

  it('answers an unknown endpoint under /api/v1 with a 404 in the error shape', async () => {
    const { GET, POST } = await import('@/app/api/v1/[[...path]]/route');
    for (const handler of [GET, POST]) {
      const response = handler(new Request(`${ORIGIN}/api/v1/nothing/here`));
      expect(response.status).toBe(404);
      expect(errorResponseSchema.parse(await response.json()).error).toEqual({
        code: 'not_found',
        message: 'There is no endpoint /api/v1/nothing/here; /api/v1/openapi.json lists them.',
      });
    }
  });

  it('makes each write of an editor’s token in the documented shapes, and refuses bad ones', async () => {
    const editor = await makeAccount(getPrisma(), randomAuthSecret(), 'editor', 'Contract Editor');
    const { token } = await makeToken(getPrisma(), editor);
    const auth = { Authorization: `Bearer ${token}` };
    const write = async (path: string, method: 'POST' | 'PATCH', body: unknown) => (await call(path, { method, headers: auth, body })).response.status;
    const figure = {
      seriesSlug: 'troops-deployed',
      value: '11000',
      qualifier: 'approx',
      periodEnd: '2024-12',
      claimant: { name: 'Jane Analyst', organization: 'An Institute' },
      publisher: { name: 'A Newspaper' },
      url: 'https://example.org/contract',
      publishedOn: '2024-12-20',
    };
    const created = await call('/api/v1/figures', { method: 'POST', headers: auth, body: { reason: 'Contract', figure } });
    expect(created.response.status).toBe(201);
    const { figureId } = created.json as { figureId: number };
    expect(await write('/api/v1/figures', 'POST', { reason: 'Contract', figure: { ...figure, value: 'many' } })).toBe(422);
    expect(await write(`/api/v1/figures/${figureId}`, 'PATCH', { reason: 'More', baseVersion: 1, changes: { qualifier: 'more_than' } })).toBe(200);
    expect(await write(`/api/v1/figures/${figureId}`, 'PATCH', { reason: 'Stale', baseVersion: 1, changes: { note: 'x' } })).toBe(409);
    expect(await write(`/api/v1/figures/${figureId}/retire`, 'POST', { reason: 'Gone', baseVersion: 2 })).toBe(200);
    expect(await write(`/api/v1/figures/${figureId}/retire`, 'POST', { reason: 'Gone', baseVersion: 1 })).toBe(409);

    const series = { slug: 'contract-series', title: 'Contract', unit: 'barrels', topic: 'economy', kind: 'flow' };
    expect(await write('/api/v1/series', 'POST', { reason: 'New', series })).toBe(201);
    expect(await write('/api/v1/series', 'POST', { reason: 'New', series: { ...series, kind: 'nope' } })).toBe(422);
    expect(await write('/api/v1/series/contract-series', 'PATCH', { reason: 'Title', baseVersion: 1, changes: { title: 'Oil' } })).toBe(200);
    expect(await write('/api/v1/series/contract-series', 'PATCH', { reason: 'Unit', baseVersion: 2, changes: { unit: 'tons' } })).toBe(422);
    expect(await write('/api/v1/series/contract-series/retire', 'POST', { reason: 'Done', baseVersion: 2 })).toBe(200);
    expect(await write('/api/v1/series/no-such-series/retire', 'POST', { reason: 'Done', baseVersion: 1 })).toBe(404);

    const event = { slug: 'contract-event', date: '2024-06-19', title: 'Summit', topics: ['economy'], source: 'KCNA' };
    expect(await write('/api/v1/events', 'POST', { reason: 'New', event })).toBe(201);
    expect(await write('/api/v1/events', 'POST', { reason: 'New', event: { ...event, date: '2024-02-30' } })).toBe(422);
    expect(await write('/api/v1/events/contract-event', 'PATCH', { reason: 'Title', baseVersion: 1, changes: { title: 'Pact' } })).toBe(200);
    expect(await write('/api/v1/events/contract-event', 'PATCH', { reason: 'Stale', baseVersion: 1, changes: { title: 'x' } })).toBe(409);
    expect(await write('/api/v1/events/contract-event/retire', 'POST', { reason: 'Done', baseVersion: 2 })).toBe(200);
    expect(await write('/api/v1/events/contract-event/retire', 'POST', { reason: '', baseVersion: 3 })).toBe(400);

    expect(await write('/api/v1/extract', 'POST', { text: 'More than 10,000 North Korean soldiers were sent to Russia.', published: '2024-11-20' })).toBe(200);
    expect(await write('/api/v1/extract', 'POST', { text: '' })).toBe(400);
    expect((await call('/api/v1/extract', { method: 'POST', body: { text: 'x' } })).response.status).toBe(401);

    const upload = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) {
        if (name === 'reason') form.append(name, value);
        else form.append(name, new Blob([value], { type: 'text/csv' }), `${name}.csv`);
      }
      return form;
    };
    const seriesCsv = 'slug,title,unit,topic,kind\ncontract-imports,Imported,barrels,economy,flow\n';
    const preview = await call('/api/v1/imports?dry_run=1', { method: 'POST', headers: auth, body: upload({ series: seriesCsv }) });
    expect(preview.response.status).toBe(200);
    expect(preview.json).toMatchObject({ dryRun: true, summary: { seriesCreated: 1 }, corrections: [], correctionsTotal: 0 });
    const imported = await call('/api/v1/imports', { method: 'POST', headers: auth, body: upload({ series: seriesCsv, reason: 'Contract import' }) });
    expect(imported.response.status).toBe(201);
    expect(imported.response.headers.get('location')).toBe(`/api/v1/revisions/${(imported.json as { revision: number }).revision}`);
    const refused = await call('/api/v1/imports?dry_run=1', { method: 'POST', headers: auth, body: upload({ series: 'slug,title,unit,topic,kind\nx,,barrels,economy,flow\n' }) });
    expect(refused.response.status).toBe(422);
    expect(refused.json).toMatchObject({ error: { code: 'invalid_rows', details: { file: 'series.csv', issues: [{ row: 2, column: 'title' }], total: 1 } } });
  });

  it('has seen every documented operation answer both a success and an error', () => {
    expect(contract.unexercised()).toEqual([]);
  });
});
