import { cachedResponse, etagOf, matchesIfNoneMatch } from './responses';

describe('ETags', () => {
  it('are strong hashes of the body', () => {
    expect(etagOf('{"a":1}')).toMatch(/^"[\w-]{43}"$/);
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
  });

  it('match If-None-Match lists, weak forms and *', () => {
    const etag = etagOf('x');
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });
});

describe('cachedResponse', () => {
  const body = '{"data":[]}';

  it('answers 304 without a body when the client has the same version', async () => {
    const request = new Request('http://x/api', { headers: { 'If-None-Match': etagOf(body) } });
    const response = cachedResponse(request, body, { cache: 'pinned' });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    expect(response.headers.get('etag')).toBe(etagOf(body));
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers 200 with the body otherwise, cached briefly for the latest data', async () => {
    const response = cachedResponse(new Request('http://x/api'), body, { cache: 'latest' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=300');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('never answers 304 to a POST', () => {
    const request = new Request('http://x/api', { method: 'POST', headers: { 'If-None-Match': '*' } });
    expect(cachedResponse(request, body, { cache: 'none' }).status).toBe(200);
  });
});
