// The data API through the built app (`next start`): the route files resolve as the document says
// (folders named figures.csv, export.csv, openapi.json), conditional requests work over HTTP, and
// any other address under /api/v1 answers in the API's error shape rather than with an HTML page.
import { startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let server: AppServer;

jest.setTimeout(60_000);

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  server = await startAppServer({ databaseUrl: db.url });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const get = (path: string, headers?: Record<string, string>) => fetch(`${server.baseUrl}${path}`, { headers, redirect: 'manual' });

describe('the dashboard over HTTP', () => {
  it('has a section for every topic of the seed, economy included', async () => {
    const page = await (await get('/')).text();
    for (const topic of ['munitions', 'troops', 'children', 'education', 'labour', 'economy']) expect(page).toContain(`id="topic-${topic}"`);
    expect(page).toContain('Recorded Russia-North Korea trade');
  });
});

describe('the API over HTTP', () => {
  it('serves JSON with an ETag, and a 304 when it is sent back', async () => {
    const first = await get('/api/v1/series/troops-deployed/figures?limit=3');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=300');
    const body = (await first.json()) as { data: unknown[]; page: { next: string } };
    expect(body.data).toHaveLength(3);
    expect(body.page.next).toBe('/api/v1/series/troops-deployed/figures?limit=3&offset=3');
    const etag = first.headers.get('etag') as string;
    const again = await get('/api/v1/series/troops-deployed/figures?limit=3', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves the CSV downloads and the OpenAPI document at their dotted addresses', async () => {
    const csv = await get('/api/v1/series/troops-deployed/figures.csv?rev=1');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await csv.text()).split('\r\n')[0]).toBe(`# ${server.baseUrl}/series/troops-deployed?rev=1 (dataset revision 1)`);
    const exported = await get('/api/v1/export.csv?s=troops-deployed,troop-casualties');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="sourced-figures-rev1.csv"');
    const document = await get('/api/v1/openapi.json');
    expect(((await document.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('answers errors in the one error shape, never as an HTML page', async () => {
    for (const [path, status, code] of [
      ['/api/v1/series/nope', 404, 'not_found'],
      ['/api/v1/series?limit=0', 400, 'invalid_parameter'],
      ['/api/v1/nothing/here', 404, 'not_found'],
      ['/api/v1', 404, 'not_found'],
      ['/api/v1/series/troops-deployed/figures/extra', 404, 'not_found'],
    ] as const) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    }
  });
});
