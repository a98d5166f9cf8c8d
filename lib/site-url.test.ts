import { originFromHeaders, readSiteUrl, siteOriginFor } from './site-url';

describe('readSiteUrl', () => {
  it('is optional, and gives the origin without a trailing slash', () => {
    expect(readSiteUrl({})).toBeNull();
    expect(readSiteUrl({ SITE_URL: '' })).toBeNull();
    expect(readSiteUrl({ SITE_URL: 'https://figures.example.org/' })).toBe('https://figures.example.org');
    expect(readSiteUrl({ SITE_URL: 'http://localhost:3000' })).toBe('http://localhost:3000');
  });

  it('refuses anything but an http(s) origin, saying why', () => {
    expect(() => readSiteUrl({ SITE_URL: 'figures.example.org' })).toThrow(/SITE_URL: SITE_URL must be an http/);
    expect(() => readSiteUrl({ SITE_URL: 'ftp://figures.example.org' })).toThrow(/SITE_URL/);
    expect(() => readSiteUrl({ SITE_URL: 'https://figures.example.org/app?x=1' })).toThrow(/origin only/);
  });
});

describe('originFromHeaders', () => {
  it('uses the Host header and the forwarded scheme, and never a forwarded host', () => {
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(originFromHeaders(headers({ host: 'figures.example.org', 'x-forwarded-proto': 'https' }))).toBe('https://figures.example.org');
    expect(originFromHeaders(headers({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000');
    expect(originFromHeaders(headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'evil.example' }))).toBe('http://127.0.0.1:3000');
    expect(originFromHeaders(headers({ host: '[::1]:3000' }))).toBe('http://[::1]:3000');
    expect(originFromHeaders(headers({ host: 'figures.example.org', 'x-forwarded-proto': 'javascript' }))).toBe('http://figures.example.org');
    expect(originFromHeaders(headers({ host: 'bad host/<x>' }))).toBe('http://localhost:3000');
  });
});

describe('siteOriginFor', () => {
  it('prefers the Host header to the URL Next was started with, and falls back to that URL', () => {
    const request = (headers: Record<string, string>) => new Request('http://localhost:3000/api/v1/export.csv', { headers });
    expect(siteOriginFor(request({ host: 'figures.example.org' }))).toBe('http://figures.example.org');
    expect(siteOriginFor(request({}))).toBe('http://localhost:3000');
    expect(siteOriginFor(new Request('http://sourced-figures.test/api/v1/series'))).toBe('http://sourced-figures.test');
  });
});
