// No address makes the server fail: fast-check writes requests for every route the app has (read
// from app/, so a new route is covered without being listed here), with well-formed and hostile path
// segments, query parameters and bodies, and sends them to the built app on a seeded database. Every
// answer must be below 500, carry the security headers, and, on an API-like route, refuse in the
// API's error shape. The run is seeded (FAST_CHECK_SEED to explore others) and bounded to a few
// hundred requests.
import fc from 'fast-check';
import { isApiLikePath } from '@/lib/http/request-gate';
import { listAppRoutes, type AppRoute } from '../helpers/app-routes';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { raw } from '../helpers/raw-http';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let server: AppServer;

jest.setTimeout(120_000);

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  server = await startAppServer({ databaseUrl: db.url });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

const routes = listAppRoutes();

// Pieces that have broken servers: escapes that decode to nothing valid, NUL, lone surrogates,
// delimiters, SQL and LIKE metacharacters, and values that are merely long.
const HOSTILE = [
  '%', '%0', '%ZZ', '%00', '%C3%28', '%FF', '%E0%A4%A', '%ED%A0%80', '%ED%B0%80', '%F0%9F%98%80', '%2F', '%5C', '..', '%2e%2e',
  "'", '%27%20OR%201=1--', '%25', '_', '\\', '%0A', '%0D%0A', '%7F', '%C2%85', '+', '%2B', '-1', '0', '2147483648', '1e9', 'NaN',
  'x'.repeat(300), '%E2%80%AE', '%EF%BB%BF',
];
const SLUGS = ['troops-deployed', 'shells-delivered', 'troop-casualties', 'missiles-fired', 'no-such-series'];
const PARAMS = ['s', 'from', 'to', 'mode', 'view', 'rev', 'v', 'at', 'page', 'q', 'topic', 'claimant', 'publisher', 'facets', 'limit', 'offset', 'format', 'utm_source', ''];

const token = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...SLUGS),
  fc.integer({ min: -2, max: 40 }).map(String),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 6 }).map(encodeURIComponent),
);
const value = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ',', '-'))
  .map(([parts, joiner]) => parts.join(joiner));
const param = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PARAMS) }, { weight: 1, arbitrary: token }), value);
const query = fc
  .array(param, { maxLength: 6 })
  .chain((pairs) => fc.boolean().map((repeat) => (repeat && pairs.length > 0 ? [...pairs, pairs[0]] : pairs)))
  .map((pairs) => pairs.map(([name, v]) => `${name}=${v}`).join('&'));

function pathOf(route: AppRoute, fill: string[]): string {
  let next = 0;
  const parts = route.segments.flatMap((segment) => {
    if (segment.kind === 'static') return [segment.name];
    const filled = fill[next++ % fill.length];
    if (segment.kind === 'catch-all') return segment.optional && filled === '0' ? [] : [filled, fill[next++ % fill.length]];
    return [filled];
  });
  return `/${parts.join('/')}`;
}

const request = fc.record({
  route: fc.constantFrom(...routes),
  fill: fc.array(token, { minLength: 3, maxLength: 3 }),
  query,
  method: fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'POST'),
  body: fc.oneof(
    fc.json({ maxDepth: 2 }),
    fc.record({ path: fc.constantFrom('/', '/explore', '/series/troops-deployed', '/admin', '%00'), query }).map((b) => JSON.stringify(b)),
  ),
});

it('answers every address of every route below 500, with the security headers, and API errors in their shape', async () => {
  expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(['/', '/series/[slug]', '/api/v1/series/[slug]/figures', '/og/series/[slug]']));
  const seen = new Map<string, number>();
  let posts = 0;
  await fc.assert(
    fc.asyncProperty(request, async ({ route, fill, query: q, method, body }) => {
      // Writes are rate limited per client; a few stay well within the limit.
      const sent = method === 'POST' && posts >= 15 ? 'GET' : method;
      if (sent === 'POST') posts += 1;
      const path = pathOf(route, fill);
      const address = q ? `${path}?${q}` : path;
      const response = await raw(server.baseUrl, address, {
        method: sent,
        ...(sent === 'POST' ? { body, headers: { 'content-type': 'application/json' } } : {}),
      });
      seen.set(route.pattern, (seen.get(route.pattern) ?? 0) + 1);
      expect({ address, method: sent, status: response.status, below500: response.status < 500 }).toEqual({
        address,
        method: sent,
        status: response.status,
        below500: true,
      });
      expect(response.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      // better-auth's endpoints (/api/auth) answer in its own shape ({ code, message }), which its client reads.
      const ownShape = !route.pattern.startsWith('/og/') && !route.pattern.startsWith('/api/auth/');
      if (isApiLikePath(path) && response.status >= 400 && sent !== 'HEAD' && ownShape) {
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        expect(JSON.parse(response.text)).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
      }
    }),
    {
      numRuns: 240,
      seed: Number(process.env.FAST_CHECK_SEED ?? 20261202),
      endOnFailure: true,
      // Every route at least once, however many there are, before the random ones.
      examples: routes.map((route) => [{ route, fill: ['x', '1', 'troops-deployed'], query: '', method: 'GET', body: '{}' }]),
    },
  );
  // Every route was asked for.
  expect(routes.filter((r) => !seen.has(r.pattern)).map((r) => r.pattern)).toEqual([]);
});

it('answers each address the issue found failing with a 4xx, in the right shape', async () => {
  const cases: [string, number, 'json' | 'html'][] = [
    ['/explore?s=%00', 404, 'html'],
    ['/embed/explore?s=troops-deployed%00', 404, 'html'],
    ['/explore/catalogue?q=%00', 400, 'json'],
    ['/explore/catalogue?claimant=%00', 400, 'json'],
    ['/og/explore?s=%00', 400, 'json'],
    ['/og/series/%00', 400, 'json'],
    ['/embed/series/%00', 404, 'html'],
    ['/api/v1/series/%00', 400, 'json'],
    ['/api/v1/series/%00/figures', 400, 'json'],
    ['/api/v1/export.csv?s=%00', 400, 'json'],
    ['/series/%C3%28', 404, 'html'],
    ['/s/%FF', 404, 'html'],
    ['/api/v1/series/%E0%A4%A', 400, 'json'],
    ['/sources/claimants/%ED%A0%80', 404, 'html'],
    ['/explore?s=troops-deployed&s=troop-casualties', 404, 'html'],
    ['/api/v1/series?limit=1&limit=2', 400, 'json'],
    [`/explore?s=${'a'.repeat(5000)}`, 404, 'html'],
  ];
  for (const [address, status, shape] of cases) {
    const response = await raw(server.baseUrl, address);
    expect([address, response.status]).toEqual([address, status]);
    expect([address, response.headers['content-type']]).toEqual([address, expect.stringMatching(shape === 'json' ? /^application\/json/ : /^text\/html/)]);
    expect(response.headers['content-security-policy']).toBeDefined();
    if (shape === 'html') expect(response.text).toContain('Page not found');
  }
});
