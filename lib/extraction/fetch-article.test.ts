import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArticleFetchError, fetchArticle, fetchSettingsFromEnv, isAllowedAddress } from './fetch-article';

const ARTICLE = `<!doctype html><html><head>
<title>North Korea sent 6.5 million shells, Kyiv says | Example News</title>
<meta property="og:title" content="North Korea sent 6.5 million shells, Kyiv says">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-11-20T08:30:00Z">
<script>document.title = 'scripts do not run'</script>
</head><body><nav>Home · World · Sport</nav><article>
<h1>North Korea sent 6.5 million shells, Kyiv says</h1>
<p>According to Vadym Skibitskyi, Ukraine’s Defense Intelligence deputy head, North Korea has reduced its artillery shell shipments to Russia.</p>
<p>Since 2023, approximately 6.5 million shells were delivered, with no deliveries recorded in September. ${'Analysts expect the supply to fall further as stocks run low and factories turn to drones. '.repeat(6)}</p>
<p>Russia is planning to recruit 12,000 North Korean workers for drone assembly.</p>
</article><footer>© Example News</footer></body></html>`;

let server: http.Server;
let base: string;
const LOOPBACK = ['127.0.0.0/8'];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE);
    } else if (path === '/moved') {
      res.writeHead(302, { location: '/article' });
      res.end();
    } else if (path === '/to-private') {
      res.writeHead(301, { location: 'http://10.0.0.1/article' });
      res.end();
    } else if (path === '/to-ipv6-loopback') {
      res.writeHead(307, { location: `http://[::1]:${(server.address() as AddressInfo).port}/article` });
      res.end();
    } else if (path === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<p>${'x'.repeat(200_000)}</p>`);
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
      setTimeout(() => res.end('late</p>'), 2_000);
    } else if (path === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF');
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<p>not here</p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refusal(address: string, options = {}): Promise<ArticleFetchError> {
  try {
    await fetchArticle(address, options);
  } catch (error) {
    if (error instanceof ArticleFetchError) return error;
    throw error;
  }
  throw new Error(`${address} was fetched`);
}

describe('fetchArticle, with loopback allowed for the test', () => {
  it('keeps the readable text, one paragraph a line, with title, publisher and publication date', async () => {
    const article = await fetchArticle(`${base}/article`, { allowedPrivateNetworks: LOOPBACK });
    expect(article).toMatchObject({ url: `${base}/article`, title: 'North Korea sent 6.5 million shells, Kyiv says', publisher: 'Example News', published: '2025-11-20' });
    expect(article.text).toContain('Since 2023, approximately 6.5 million shells were delivered');
    expect(article.text.split('\n').some((line) => line.startsWith('Russia is planning to recruit 12,000'))).toBe(true);
    expect(article.text).not.toContain('Home · World');
    expect(article.text).not.toContain('scripts do not run');
  });

  it('follows a redirect and reports where the article was found', async () => {
    expect((await fetchArticle(`${base}/moved`, { allowedPrivateNetworks: LOOPBACK })).url).toBe(`${base}/article`);
  });

  it.each([
    ['/to-private', 'forbidden_address'],
    ['/to-ipv6-loopback', 'forbidden_address'],
    ['/loop', 'too_many_redirects'],
    ['/missing', 'http_status'],
    ['/pdf', 'not_html'],
  ])('refuses %s: %s', async (path, code) => {
    expect((await refusal(`${base}${path}`, { allowedPrivateNetworks: LOOPBACK })).code).toBe(code);
  });

  it('limits size and time', async () => {
    expect((await refusal(`${base}/huge`, { allowedPrivateNetworks: LOOPBACK, maxBytes: 100_000 })).code).toBe('too_large');
    const started = Date.now();
    expect((await refusal(`${base}/slow`, { allowedPrivateNetworks: LOOPBACK, timeoutMs: 300 })).code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe('fetchArticle, with the setting off', () => {
  it.each([
    () => `${base}/article`,
    () => 'http://localhost/article',
    () => 'http://10.1.2.3/',
    () => 'http://[::1]/',
    () => 'http://169.254.169.254/latest/meta-data/',
    () => 'http://[::ffff:127.0.0.1]/',
    () => 'http://0x7f000001/',
  ])('refuses a private or loopback address (%#)', async (address) => {
    expect((await refusal(address())).code).toBe('forbidden_address');
  });

  it('refuses what is not an http(s) link', async () => {
    expect((await refusal('file:///etc/passwd')).code).toBe('invalid_url');
    expect((await refusal('not a url')).code).toBe('invalid_url');
    expect((await refusal('http://user:secret@example.org/')).code).toBe('invalid_url');
  });
});

describe('addresses and settings', () => {
  it.each([
    ['8.8.8.8', true], ['2001:4860:4860::8888', true], ['10.0.0.1', false], ['172.20.1.1', false], ['192.168.1.1', false],
    ['100.64.0.1', false], ['127.0.0.1', false], ['::1', false], ['fe80::1', false], ['fd00::1', false], ['::ffff:10.0.0.1', false],
    ['64:ff9b::a00:1', false], ['0.0.0.0', false], ['not an address', false],
  ])('%s is public: %s', (address, allowed) => {
    expect(isAllowedAddress(address)).toBe(allowed);
  });

  it('reads the settings from the environment, allowing nothing private by default', () => {
    expect(fetchSettingsFromEnv({}).allowedPrivateNetworks).toEqual([]);
    expect(fetchSettingsFromEnv({ SF_FETCH_ALLOWED_PRIVATE_NETWORKS: '127.0.0.0/8, ::1/128' }).allowedPrivateNetworks).toEqual(['127.0.0.0/8', '::1/128']);
    expect(() => fetchSettingsFromEnv({ SF_FETCH_ALLOWED_PRIVATE_NETWORKS: 'everything' })).toThrow(/CIDR/);
  });
});
