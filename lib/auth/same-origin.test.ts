import { parseHttpSettings } from '@/lib/env';
import { isSameOriginRequest, isUnsafeMethod, trustedOrigins, usesSecureCookies } from './same-origin';

const headers = (values: Record<string, string>) => new Headers(values);
const settings = (env: Record<string, string> = {}) => parseHttpSettings(env);

describe('isSameOriginRequest', () => {
  const origins = ['https://figures.example.org'];

  it('accepts the site’s own Origin, or Sec-Fetch-Site: same-origin', () => {
    expect(isSameOriginRequest(headers({ origin: 'https://figures.example.org' }), origins)).toBe(true);
    expect(isSameOriginRequest(headers({ 'sec-fetch-site': 'same-origin' }), origins)).toBe(true);
    expect(isSameOriginRequest(headers({ 'sec-fetch-site': 'same-origin', origin: 'https://figures.example.org' }), origins)).toBe(true);
  });

  it('refuses another origin, an opaque one, a sibling site, and a request that says nothing', () => {
    expect(isSameOriginRequest(headers({ origin: 'https://evil.example' }), origins)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'http://figures.example.org' }), origins)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'null' }), origins)).toBe(false);
    expect(isSameOriginRequest(headers({ 'sec-fetch-site': 'same-site', origin: 'https://figures.example.org' }), origins)).toBe(false);
    expect(isSameOriginRequest(headers({ 'sec-fetch-site': 'none' }), origins)).toBe(false);
    expect(isSameOriginRequest(headers({}), origins)).toBe(false);
  });
});

describe('trustedOrigins', () => {
  it('is SITE_URL alone when it is set', () => {
    const site = settings({ SITE_URL: 'https://figures.example.org' });
    expect(trustedOrigins(headers({ host: 'other.example' }), 'http://127.0.0.1:3000/x', site)).toEqual(['https://figures.example.org']);
  });

  it('is the origin the request was made to otherwise, for a host the site answers for', () => {
    const allowed = settings({ ALLOWED_HOSTS: 'figures.test,figures.test:8080' });
    expect(trustedOrigins(headers({ host: 'figures.test:8080' }), 'http://127.0.0.1:3000/x', allowed)).toEqual(['http://figures.test:8080', 'http://127.0.0.1:3000']);
    expect(trustedOrigins(headers({ host: 'figures.test', 'x-forwarded-proto': 'https' }), undefined, settings({ ALLOWED_HOSTS: 'figures.test', TRUSTED_PROXIES: '1' }))).toEqual([
      'https://figures.test',
      'http://localhost:3000',
    ]);
    expect(trustedOrigins(headers({ host: 'bad host' }), 'http://127.0.0.1:3000/x', allowed)).toEqual(['http://127.0.0.1:3000']);
    expect(trustedOrigins(headers({ host: 'evil.example' }), 'http://127.0.0.1:3000/x', allowed)).toEqual(['http://127.0.0.1:3000']);
  });
});

describe('usesSecureCookies', () => {
  it('follows SITE_URL when it is set, the request behind a trusted proxy otherwise', () => {
    expect(usesSecureCookies(headers({ host: 'figures.test' }), settings())).toBe(false);
    expect(usesSecureCookies(headers({ host: 'figures.test', 'x-forwarded-proto': 'https' }), settings())).toBe(false);
    expect(usesSecureCookies(headers({ host: 'figures.test', 'x-forwarded-proto': 'https' }), settings({ TRUSTED_PROXIES: '1' }))).toBe(true);
    expect(usesSecureCookies(headers({ host: 'figures.test' }), settings({ SITE_URL: 'https://figures.example.org' }))).toBe(true);
    expect(usesSecureCookies(headers({ host: 'figures.test', 'x-forwarded-proto': 'https' }), settings({ SITE_URL: 'http://figures.example.org', TRUSTED_PROXIES: '1' }))).toBe(false);
  });
});

it('only GET, HEAD and OPTIONS are safe', () => {
  expect(['GET', 'head', 'OPTIONS'].map(isUnsafeMethod)).toEqual([false, false, false]);
  expect(['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND'].map(isUnsafeMethod)).toEqual([true, true, true, true, true]);
});
