// The site's edges through the built app, as npm start serves it: a forged Host never reaches an
// answer, scripts carry the response's nonce, HSTS only over https, bodies are bounded as declared
// (one of no declared length is refused), writes are rate limited per client, anonymous answers are
// cached until the data changes, and a database that does not answer gets a 503 with Retry-After.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { importFiles } from '@/lib/importer/import-files';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { freePort, startAppServer, type AppServer } from '../helpers/app-server';
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

const links = (body: string | Buffer, headers: Record<string, string> = {}) =>
  raw(server.baseUrl, '/api/v1/links', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('the Host', () => {
  it('refuses a Host the site does not answer for, so it never reaches a cached answer', async () => {
    const pinned = '/api/v1/export.csv?s=troops-deployed&rev=1';
    const forged = await raw(server.baseUrl, pinned, { headers: { host: 'evil.example' } });
    expect(forged.status).toBe(421);
    expect(JSON.parse(forged.text).error.code).toBe('unknown_host');
    expect(forged.text).not.toContain('# http');

    const real = await raw(server.baseUrl, pinned);
    expect(real.status).toBe(200);
    expect(real.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(real.text.split('\r\n')[0]).toBe(`# ${server.baseUrl}/explore?s=troops-deployed&rev=1 (dataset revision 1)`);
    // Now that the answer is cached, the forged Host still gets nothing of it.
    const again = await raw(server.baseUrl, pinned, { headers: { host: 'evil.example' } });
    expect(again.status).toBe(421);
    expect(again.text).not.toContain('evil.example/explore');
    const page = await raw(server.baseUrl, '/', { headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
  });
});

describe('the security headers', () => {
  it('lets only the scripts Next.js wrote run, each with the nonce of its answer', async () => {
    for (const path of ['/', '/explore?s=troops-deployed', '/series/troops-deployed', '/no-such-page']) {
      const response = await raw(server.baseUrl, path);
      const policy = String(response.headers['content-security-policy']);
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce).toBeDefined();
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const scripts = [...response.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
      expect(response.headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
    const embed = await raw(server.baseUrl, '/embed/series/troops-deployed');
    expect(embed.headers['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(embed.headers['x-frame-options']).toBeUndefined();
  });

  it('gives two answers two nonces, and believes no X-Forwarded-Proto from a client', async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () => /'nonce-([^']+)'/.exec(String((await raw(server.baseUrl, '/no-such-page')).headers['content-security-policy']))?.[1]),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
    const forwarded = await raw(server.baseUrl, '/no-such-page', { headers: { 'x-forwarded-proto': 'https' } });
    expect(forwarded.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('request bodies', () => {
  it('refuses a chunked body, whose length nobody declared, with 411 in the error shape before reading it', async () => {
    const started = Date.now();
    const response = await raw(server.baseUrl, '/api/v1/links', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      chunkedBytes: 64 * 1024 * 1024,
    });
    expect(response.status).toBe(411);
    expect(JSON.parse(response.text).error.code).toBe('length_required');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a body declared larger than the site takes before reading it', async () => {
    const response = await links(Buffer.alloc(100 * 1024, 'x'));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toEqual({ error: { code: 'body_too_large', message: expect.stringMatching(/65536 bytes/) } });
  });
});

describe('the answer cache', () => {
  it('renders an anonymous page once per revision, revalidates with its ETag, and shows an import within a second', async () => {
    const first = await raw(server.baseUrl, '/series/troop-reinforcements');
    const second = await raw(server.baseUrl, '/series/troop-reinforcements');
    expect(first.headers['x-sf-cache']).toBe('miss');
    expect(second.headers['x-sf-cache']).toBe('hit');
    expect(second.headers['cache-control']).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=300');
    const etag = String(second.headers.etag);
    const revalidated = await raw(server.baseUrl, '/series/troop-reinforcements', { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
    const compressed = await raw(server.baseUrl, '/series/troop-reinforcements', { headers: { 'accept-encoding': 'gzip' } });
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(compressed.body).toString('utf8')).toBe(second.text);

    // A signed-in reader's page is never shared: it bypasses the cache and is not cacheable.
    const personal = await raw(server.baseUrl, '/series/troop-reinforcements', { headers: { cookie: 'session=abc' } });
    expect(personal.headers['x-sf-cache']).toBe('bypass');
    expect(personal.headers['cache-control']).toMatch(/no-store/);

    const [header] = seedFigureLines();
    await importFiles({
      databaseUrl: db.url,
      figuresFile: writeTempFile(`${header}\ntroop-reinforcements,3000,approx,,,2025-01,2025-02,Test claimant,Test body,,Test publisher,2025-02-10,https://example.org/a,,\n`),
      author: 'test',
      reason: 'a figure added while the app runs',
    });
    // An import from a script reaches the server as a notification (LISTEN/NOTIFY), within a second.
    // Its first reader gets the page rendered for them, gzipped as it streams; the next, the stored copy.
    const started = Date.now();
    const gzipped = { headers: { 'accept-encoding': 'gzip, br' } };
    let after = await raw(server.baseUrl, '/series/troop-reinforcements', gzipped);
    while (after.headers['x-sf-cache'] === 'hit' && Date.now() - started < 1000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await raw(server.baseUrl, '/series/troop-reinforcements', gzipped);
    }
    expect(after.headers['x-sf-cache']).toBe('miss');
    expect(after.headers['content-encoding']).toBe('gzip');
    expect(String(after.headers.vary)).toMatch(/Accept-Encoding/);
    const rendered = gunzipSync(after.body).toString('utf8');
    expect(rendered).toContain('Test claimant');
    const stored = await raw(server.baseUrl, '/series/troop-reinforcements');
    expect(stored.headers['x-sf-cache']).toBe('hit');
    expect(stored.text).toBe(rendered);
  });
});

describe('charts drawn on the server', () => {
  const scripts = async (html: string) =>
    Promise.all([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(async (m) => (await raw(server.baseUrl, m[1].replaceAll('&amp;', '&'))).text));

  it('sends each chart as SVG in the HTML, the explorer’s included, every point named by its words, with the sources line, and no chart library', async () => {
    for (const path of ['/', '/series/shells-delivered', '/embed/series/shells-delivered', '/explore?s=shells-delivered,troops-deployed', '/embed/explore?s=shells-delivered']) {
      const { status, text } = await raw(server.baseUrl, path);
      expect([path, status]).toEqual([path, 200]);
      const svgs = [...text.matchAll(/<svg[^>]*data-testid="chart-svg"[^>]*>/g)].map((m) => m[0]);
      expect(svgs.length).toBeGreaterThan(0);
      for (const svg of svgs) expect(svg).toMatch(/aria-label="Chart of /);
      const points = [...text.matchAll(/<g[^>]*data-testid="chart-point"[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
      expect(points.length).toBeGreaterThan(0);
      for (const label of points) expect(label).toMatch(/, per .+, reported by .+/);
      expect(text).toContain('data-testid="source-line"');
      // Recharts' wrapper class is in its code: none of these pages loads it.
      expect((await scripts(text)).some((code) => code.includes('recharts-wrapper'))).toBe(false);
    }
    const series = (await raw(server.baseUrl, '/series/shells-delivered')).text;
    // Each point placed in time is drawn twice, in the wide and the narrow chart.
    const ids = [...series.matchAll(/<g data-point="(\d+)" data-testid="chart-point"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBeGreaterThan(5);
    expect(ids).toHaveLength(2 * new Set(ids).size);
    expect(series).toContain('href="#figures"');
    expect(series).toContain('id="figures"');
    // The explorer's first view is whole in its HTML too: one panel per series, each with its sources.
    const explorer = (await raw(server.baseUrl, '/explore?s=shells-delivered,troops-deployed')).text;
    expect([...explorer.matchAll(/<figure[^>]*data-testid="explorer-panel"[^>]*data-series="([^"]+)"/g)].map((m) => m[1])).toEqual(['shells-delivered', 'troops-deployed']);
    expect(explorer.match(/data-testid="source-line"/g)).toHaveLength(2);
  });

  it('writes names from the data into the charts as text, never as markup', async () => {
    const claimant = 'Ann "<b>bold</b>" & <img src=x onerror=alert(1)>';
    const [header] = seedFigureLines();
    await importFiles({
      databaseUrl: db.url,
      figuresFile: writeTempFile(`${header}\nflour-delivered,4200,exact,,,2025-03,2025-03,"${claimant.replace(/"/g, '""')}",Body <i>,,Press & <Co>,2025-03-20,https://example.org/flour,,\n`),
      author: 'test',
      reason: 'a claimant whose name looks like markup',
    });
    // The import reaches the server's answer cache as a notification: wait for the page that has it.
    let page = '';
    for (const started = Date.now(); !page.includes('Ann &quot;') && Date.now() - started < 5000; ) {
      page = (await raw(server.baseUrl, '/series/flour-delivered')).text;
    }
    // jsdom cannot parse Tailwind's stylesheet and says so on the console; the test reads only markup.
    const document = new JSDOM(page, { virtualConsole: new VirtualConsole() }).window.document;
    const charts = [...document.querySelectorAll('svg[data-testid="chart-svg"]')];
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      const labels = [...chart.querySelectorAll('[data-testid="chart-point"]')].map((point) => point.getAttribute('aria-label') ?? '');
      expect(labels.filter((label) => label.includes(`per ${claimant}, Body <i>, reported by Press & <Co>`))).toHaveLength(1);
      expect(chart.querySelectorAll('b, i, img, script')).toHaveLength(0);
    }
  });

  it('loads no chart library on any page, the explorer and the chunks it loads later included', async () => {
    // What the check looks for is in Recharts' own code, so the check can fail.
    const wrapper = readFileSync(path.join(path.dirname(require.resolve('recharts')), 'chart', 'RechartsWrapper.js'), 'utf8');
    expect(wrapper).toContain('recharts-wrapper');
    for (const page of ['/explore?s=troops-deployed', '/embed/explore?s=troops-deployed', '/', '/series/shells-delivered']) {
      const { text } = await raw(server.baseUrl, page);
      const loaded = await scripts(text);
      const lazy = await Promise.all(
        [...loaded.join('\n').matchAll(/static\/chunks\/[\w.-]+\.js/g)].map(async (m) => (await raw(server.baseUrl, `/_next/${m[0]}`)).text),
      );
      expect([page, [...loaded, ...lazy].some((code) => code.includes('recharts-wrapper'))]).toEqual([page, false]);
    }
  });
});

describe('headers for a CDN', () => {
  it('let shared caches keep public answers briefly, pinned data for good, each named by its series and revision', async () => {
    const page = await raw(server.baseUrl, '/series/troops-deployed');
    expect(page.headers['cache-control']).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=300');
    expect(page.headers['surrogate-key']).toBe('sf sf-latest sf-series-troops-deployed');
    expect(page.headers['cache-tag']).toBe('sf,sf-latest,sf-series-troops-deployed');
    const latest = await raw(server.baseUrl, '/api/v1/series');
    expect(latest.headers['cache-control']).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=300');
    expect(latest.headers['surrogate-key']).toBe('sf sf-latest sf-index');
    const pinned = await raw(server.baseUrl, '/api/v1/export.csv?s=troops-deployed,shells-delivered&rev=1');
    expect(pinned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(pinned.headers['surrogate-key']).toBe('sf sf-rev-1 sf-series-troops-deployed sf-series-shells-delivered');
  });

  it('never let a shared cache keep an answer for a person: signed in, with a token, or on the curation pages', async () => {
    for (const headers of [{ cookie: 'session=abc' }, { authorization: 'Bearer not-a-token' }] as Record<string, string>[]) {
      for (const path of ['/series/troops-deployed', '/api/v1/series', '/api/v1/export.csv?s=troops-deployed&rev=1']) {
        const response = await raw(server.baseUrl, path, { headers });
        expect([path, response.headers['cache-control']]).toEqual([path, expect.stringMatching(/^private\b.*no-store/)]);
        expect(response.headers['surrogate-key']).toBeUndefined();
      }
    }
    const admin = await raw(server.baseUrl, '/admin/sign-in');
    expect(admin.headers['cache-control']).toBe('private, no-store');
    expect(admin.headers['surrogate-key']).toBeUndefined();
  });
});

describe('GET /api/health', () => {
  it('says the app and its database are up, uncached', async () => {
    const response = await raw(server.baseUrl, '/api/health');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.text)).toEqual({ status: 'ok', app: 'up', database: 'up', databaseMs: expect.any(Number) });
  });

  it('refuses another method with a 405 in the API’s error shape, as every API route does', async () => {
    const response = await raw(server.baseUrl, '/api/health', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toEqual({ error: { code: 'method_not_allowed', message: '/api/health does not take POST requests.' } });
  });
});

describe('writes', () => {
  // Last in the file: it spends this client's budget.
  it('limits each client to 30 writes a minute, with a 429, Retry-After and the error shape; X-Forwarded-For does not help', async () => {
    const statuses: number[] = [];
    let refused;
    for (let i = 0; i < 32 && !refused; i += 1) {
      const response = await links(JSON.stringify({ path: '/explore', query: `s=troops-deployed&from=${2000 + i}` }));
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    if (!refused) throw new Error(`no write was refused: ${statuses.join(' ')}`);
    // Earlier tests in this file wrote a few times too.
    expect(statuses.length).toBeLessThanOrEqual(31);
    expect(statuses.slice(0, -1).every((status) => status === 201)).toBe(true);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(JSON.parse(refused.text)).toEqual({ error: { code: 'rate_limited', message: expect.stringMatching(/30 changes in the last minute/) } });
    const spoofed = await links(JSON.stringify({ path: '/explore', query: 's=troops-deployed' }), { 'x-forwarded-for': '198.51.100.9' });
    expect(spoofed.status).toBe(429);
    // Reading is not writing.
    expect((await raw(server.baseUrl, '/api/v1/series')).status).toBe(200);
  });
});

describe('with a database that does not answer', () => {
  let down: AppServer;

  beforeAll(async () => {
    const nobody = await freePort();
    down = await startAppServer({
      databaseUrl: `postgresql://postgres:x@127.0.0.1:${nobody}/sourced_figures`,
      env: { SITE_URL: 'https://figures.example.org' },
    });
  }, 120_000);

  afterAll(async () => {
    await down?.stop();
  });

  it('answers 503 with Retry-After: a page saying so, the API’s error shape, and an unhealthy health check', async () => {
    for (const path of ['/', '/series/troops-deployed', '/explore?s=troops-deployed']) {
      const response = await raw(down.baseUrl, path);
      expect([path, response.status]).toEqual([path, 503]);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('The figures cannot be reached right now');
      expect(response.headers['content-security-policy']).toBeDefined();
    }
    for (const path of ['/api/v1/series', '/api/v1/events']) {
      const response = await raw(down.baseUrl, path);
      expect([path, response.status]).toEqual([path, 503]);
      expect(response.headers['retry-after']).toBe('5');
      expect(JSON.parse(response.text).error.code).toBe('unavailable');
    }
    const health = await raw(down.baseUrl, '/api/health');
    expect(health.status).toBe(503);
    expect(JSON.parse(health.text)).toMatchObject({ status: 'unavailable', app: 'up', database: 'down' });
  });

  it('sends HSTS when the site’s address is https, from the web server and from the app alike', async () => {
    for (const path of ['/', '/_next/static/none.js']) {
      const response = await raw(down.baseUrl, path);
      expect([path, response.headers['strict-transport-security']]).toEqual([path, 'max-age=63072000; includeSubDomains']);
    }
  });
});
