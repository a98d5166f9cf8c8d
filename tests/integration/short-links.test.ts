// Short links against a real, seeded PostgreSQL: POST /api/v1/links stores a random code per
// canonical view state, the same state always gets the same code (also when requests race), and
// /s/<code> leads to the view: checked on the page function here and through the built app below.
import { getPrisma } from '@/lib/db';
import { openApiDocument } from '@/lib/openapi/document';
import { isShortCode, resolveShortLink } from '@/lib/short-links';
import { parseViewState, VIEW_STATE_VERSION } from '@/lib/view-state';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createContract } from './api-contract';

let db: TestDatabase;
const { call } = createContract(openApiDocument());

jest.setTimeout(60_000);

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  process.env.DATABASE_URL = db.url;
});

afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});

async function share(path: string, query: string) {
  const { response, json } = await call('/api/v1/links', { method: 'POST', body: { path, query } });
  return { status: response.status, headers: response.headers, body: json as { code: string; url: string } };
}

async function refused(body: unknown, headers?: Record<string, string>): Promise<string> {
  const { response, json } = await call('/api/v1/links', { method: 'POST', body, headers });
  expect(response.status).toBe(400);
  const error = (json as { error: { code: string; message: string } }).error;
  expect(error.code).toBe('invalid_body');
  return error.message;
}

describe('POST /api/v1/links', () => {
  it('stores a new view under a random code and answers 201 with /s/<code>', async () => {
    const { status, headers, body } = await share('/explore', 's=troops-deployed,troop-casualties&from=2024-10');
    expect(status).toBe(201);
    expect(isShortCode(body.code)).toBe(true);
    expect(body.url).toBe(`/s/${body.code}`);
    expect(headers.get('location')).toBe(body.url);
    expect(headers.get('cache-control')).toBe('no-store');
    const row = await getPrisma().shortLink.findUniqueOrThrow({ where: { code: body.code } });
    expect(row).toMatchObject({ path: '/explore', query: `s=troops-deployed,troop-casualties&from=2024-10&v=${VIEW_STATE_VERSION}` });
  });

  it('gives the same state the same code (200), however its query is written', async () => {
    const first = await share('/explore', 's=shells-delivered&rev=1&mode=indexed');
    const again = await share('/explore', '?mode=indexed&rev=1&s=shells-delivered,shells-delivered&view=chart');
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 200, body: first.body });
    const other = await share('/explore', 's=shells-delivered&mode=indexed');
    expect(other.body.code).not.toBe(first.body.code);
    const seriesPage = await share('/series/shells-delivered', 'rev=1');
    expect(seriesPage.status).toBe(201);
    expect(await getPrisma().shortLink.count({ where: { code: { in: [first.body.code, other.body.code, seriesPage.body.code] } } })).toBe(3);
  });

  it('hands out one code when requests for a new state race', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => share('/explore', 's=troop-casualties&to=2025-06')));
    expect(new Set(results.map((r) => r.body.code)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(await getPrisma().shortLink.count({ where: { code: results[0].body.code } })).toBe(1);
  });

  it('uses codes that are not guessable in sequence', async () => {
    const codes: string[] = [];
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]) {
      codes.push((await share('/explore', `s=troops-deployed&from=${year}`)).body.code);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every(isShortCode)).toBe(true);
    // Made one after another, they neither sort in order nor share a prefix as counters do.
    expect([...codes].sort()).not.toEqual(codes);
    expect(new Set(codes.map((code) => code.slice(0, 3))).size).toBeGreaterThan(8);
  });

  it('refuses what is not a shareable view, with the reason', async () => {
    expect(await refused({ path: '/admin', query: '' })).toMatch(/path "\/admin" cannot be shared; the paths are \/, \/explore and \/series\/<slug>/);
    expect(await refused({ path: 'https://evil.example/', query: '' })).toMatch(/cannot be shared/);
    expect(await refused({ path: '/series/nope', query: '' })).toMatch(/names no series/);
    expect(await refused({ path: '/explore', query: 's=nope' })).toMatch(/Ignored unknown series "nope"/);
    expect(await refused({ path: '/explore', query: 'rev=2' })).toMatch(/rev=2, which does not exist yet: the latest is 1/);
    expect(await refused({ path: '/explore' })).toMatch(/field "query"/);
    expect(await refused({ path: '/explore', query: '', extra: 1 })).toMatch(/unknown field "extra"/);
    expect(await refused('{"path": "/explore",')).toBe('The body is not valid JSON.');
    expect(await refused({ path: '/', query: '' }, { 'content-type': 'text/plain' })).toMatch(/Content-Type: application\/json/);
    expect(await refused({ path: '/explore', query: 'x'.repeat(2001) })).toMatch(/field "query"/);
  });
});

describe('resolving a code', () => {
  it('leads to the stored path and query, which the page parses (and migrates) itself', async () => {
    const { body } = await share('/explore', 's=troops-deployed&rev=1&view=table');
    const target = await resolveShortLink(body.code);
    expect(target).toBe(`/explore?s=troops-deployed&view=table&rev=1&v=${VIEW_STATE_VERSION}`);
    const { state, notices } = parseViewState(new URL(target as string, 'http://x').searchParams, new Set(['troops-deployed']));
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ series: ['troops-deployed'], view: 'table', rev: 1 });
  });

  it('finds nothing for an unknown or malformed code, without a query for the malformed one', async () => {
    expect(await resolveShortLink('zzzzzzzzzz')).toBeNull();
    expect(await resolveShortLink("x' OR '1'='1")).toBeNull();
    expect(await resolveShortLink('')).toBeNull();
  });

  it('redirects from the page, or answers the not-found page', async () => {
    const { default: ShortLinkPage } = await import('@/app/s/[code]/page');
    const { body } = await share('/series/troops-deployed', '');
    const outcome = async (code: string) => {
      try {
        await ShortLinkPage({ params: Promise.resolve({ code }) });
        return 'rendered';
      } catch (error) {
        return (error as { digest?: string }).digest;
      }
    };
    expect(await outcome(body.code)).toBe(`NEXT_REDIRECT;replace;/series/troops-deployed?v=${VIEW_STATE_VERSION};307;`);
    expect(await outcome('zzzzzzzzzz')).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    expect(await outcome('not-a-code')).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});

describe('through the built app', () => {
  let server: AppServer;

  beforeAll(async () => {
    server = await startAppServer({ databaseUrl: db.url });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('makes a link with POST and follows /s/<code> to the view with a redirect', async () => {
    const created = await fetch(`${server.baseUrl}/api/v1/links`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/explore', query: 's=children-returned' }),
    });
    expect(created.status).toBe(201);
    const { url } = (await created.json()) as { url: string };
    const response = await fetch(`${server.baseUrl}${url}`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`/explore?s=children-returned&v=${VIEW_STATE_VERSION}`);
  });

  it('answers an unknown or malformed code with a real 404 page', async () => {
    for (const code of ['zzzzzzzzzz', 'nope']) {
      const response = await fetch(`${server.baseUrl}/s/${code}`, { redirect: 'manual' });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('Short link not found');
    }
  });
});
