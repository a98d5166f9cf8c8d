import { isHttpsRequest, isSameOriginRequest, isUnsafeMethod, trustedOrigins } from './same-origin';

const headers = (values: Record<string, string>) => new Headers(values);

afterEach(() => {
  delete process.env.SITE_URL;
});

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
    process.env.SITE_URL = 'https://figures.example.org';
    expect(trustedOrigins(headers({ host: 'other.example' }), 'http://127.0.0.1:3000/x')).toEqual(['https://figures.example.org']);
  });

  it('is the origin the request was made to otherwise, as the rest of the app reads it', () => {
    expect(trustedOrigins(headers({ host: 'figures.test:8080' }), 'http://127.0.0.1:3000/x')).toEqual(['http://figures.test:8080', 'http://127.0.0.1:3000']);
    expect(trustedOrigins(headers({ host: 'figures.test', 'x-forwarded-proto': 'https' }))).toEqual(['https://figures.test']);
    expect(trustedOrigins(headers({ host: 'bad host' }), 'http://127.0.0.1:3000/x')).toEqual(['http://127.0.0.1:3000']);
  });
});

describe('isHttpsRequest', () => {
  it('follows SITE_URL when it is set, the request otherwise', () => {
    expect(isHttpsRequest(headers({ host: 'figures.test' }))).toBe(false);
    expect(isHttpsRequest(headers({ host: 'figures.test', 'x-forwarded-proto': 'https' }))).toBe(true);
    process.env.SITE_URL = 'https://figures.example.org';
    expect(isHttpsRequest(headers({ host: 'figures.test' }))).toBe(true);
    process.env.SITE_URL = 'http://figures.example.org';
    expect(isHttpsRequest(headers({ host: 'figures.test', 'x-forwarded-proto': 'https' }))).toBe(false);
  });
});

it('only GET, HEAD and OPTIONS are safe', () => {
  expect(['GET', 'head', 'OPTIONS'].map(isUnsafeMethod)).toEqual([false, false, false]);
  expect(['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND'].map(isUnsafeMethod)).toEqual([true, true, true, true, true]);
});
