import { parseHttpSettings } from './env';
import { isAllowedHost, isHttpsRequest, originFromHeaders, siteOriginFor } from './site-url';

const settings = (env: Record<string, string> = {}) => parseHttpSettings(env);
const headers = (entries: Record<string, string>) => new Headers(entries);

describe('isAllowedHost', () => {
  it('answers for the loopback names on any port, and nothing else by default', () => {
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1:45123', '[::1]:3000', 'LOCALHOST:3000']) {
      expect([host, isAllowedHost(host, settings())]).toEqual([host, true]);
    }
    for (const host of ['evil.example', 'localhost.evil.example', '127.0.0.2:3000', '', 'bad host/<x>']) {
      expect([host, isAllowedHost(host, settings())]).toEqual([host, false]);
    }
    expect(isAllowedHost(null, settings())).toBe(false);
  });

  it('answers for SITE_URL’s host and ALLOWED_HOSTS, with or without a port', () => {
    const configured = settings({ SITE_URL: 'https://figures.example.org', ALLOWED_HOSTS: 'figures.internal, 10.0.0.5:8080' });
    expect(isAllowedHost('figures.example.org', configured)).toBe(true);
    expect(isAllowedHost('figures.internal:3000', configured)).toBe(true);
    expect(isAllowedHost('10.0.0.5:8080', configured)).toBe(true);
    expect(isAllowedHost('10.0.0.5:9090', configured)).toBe(false);
    expect(isAllowedHost('figures.example.org.evil.example', configured)).toBe(false);
  });
});

describe('originFromHeaders', () => {
  it('uses an allowed Host, never a forwarded host, and the fallback for any other', () => {
    expect(originFromHeaders(headers({ host: '127.0.0.1:3000' }), 'http://fallback', settings())).toBe('http://127.0.0.1:3000');
    expect(originFromHeaders(headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example' }), 'http://fallback', settings())).toBe('http://127.0.0.1:3000');
    expect(originFromHeaders(headers({ host: 'evil.example' }), 'http://fallback', settings())).toBe('http://fallback');
    expect(originFromHeaders(headers({ host: 'bad host/<x>' }), 'http://fallback', settings())).toBe('http://fallback');
  });

  it('believes X-Forwarded-Proto only behind a trusted proxy', () => {
    const forwarded = headers({ host: 'figures.internal', 'x-forwarded-proto': 'https' });
    const allowed = { ALLOWED_HOSTS: 'figures.internal' };
    expect(originFromHeaders(forwarded, 'http://fallback', settings(allowed))).toBe('http://figures.internal');
    expect(originFromHeaders(forwarded, 'http://fallback', settings({ ...allowed, TRUSTED_PROXIES: '1' }))).toBe('https://figures.internal');
    expect(isHttpsRequest(headers({ 'x-forwarded-proto': 'javascript' }), settings({ TRUSTED_PROXIES: '1' }))).toBe(false);
  });
});

describe('siteOriginFor', () => {
  it('is SITE_URL when set, whatever the Host says', () => {
    const request = new Request('http://localhost:3000/api/v1/export.csv', { headers: { host: 'evil.example' } });
    expect(siteOriginFor(request, settings({ SITE_URL: 'https://figures.example.org/' }))).toBe('https://figures.example.org');
  });

  it('is the origin of an allowed Host, else that of the URL Next was started with', () => {
    const request = (host?: string) => new Request('http://sourced-figures.test/api/v1/series', { headers: host ? { host } : {} });
    expect(siteOriginFor(request('127.0.0.1:4000'), settings())).toBe('http://127.0.0.1:4000');
    expect(siteOriginFor(request('evil.example'), settings())).toBe('http://sourced-figures.test');
    expect(siteOriginFor(request(), settings())).toBe('http://sourced-figures.test');
  });
});
