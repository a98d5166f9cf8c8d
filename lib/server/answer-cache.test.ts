import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { AnswerCache, storableHeaders } from './answer-cache';

const answer = (text: string) => ({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from(text) });

describe('AnswerCache', () => {
  it('keys answers by revision, host and address, and forgets them all at once', () => {
    const cache = new AnswerCache();
    cache.set(AnswerCache.key(1, '127.0.0.1:3000', '/'), answer('one'));
    expect(cache.get(AnswerCache.key(1, '127.0.0.1:3000', '/'))?.body.toString()).toBe('one');
    expect(cache.get(AnswerCache.key(2, '127.0.0.1:3000', '/'))).toBeUndefined();
    expect(cache.get(AnswerCache.key(1, 'localhost:3000', '/'))).toBeUndefined();
    expect(cache.get(AnswerCache.key(1, '127.0.0.1:3000', '/?x=1'))).toBeUndefined();
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.totalBytes).toBe(0);
  });

  it('stays within its limits, dropping the least recently used first, and never stores an oversized answer', () => {
    const cache = new AnswerCache({ maxEntries: 3, maxBytes: 1000, maxEntryBytes: 400 });
    for (const name of ['a', 'b', 'c']) cache.set(name, answer(name.repeat(100)));
    cache.get('a');
    cache.set('d', answer('d'.repeat(100)));
    expect(['a', 'b', 'c', 'd'].filter((name) => cache.get(name))).toEqual(['a', 'c', 'd']);
    cache.set('e', answer('e'.repeat(401)));
    expect(cache.get('e')).toBeUndefined();
    for (const name of ['f', 'g', 'h', 'i']) cache.set(name, answer(name.repeat(350)));
    expect(cache.totalBytes).toBeLessThanOrEqual(1000);
  });

  it('compresses an answer once per encoding, in the best one the client takes', () => {
    const cache = new AnswerCache();
    const text = '<p>figure</p>'.repeat(500);
    cache.set('k', answer(text));
    const stored = cache.get('k');
    if (!stored) throw new Error('not stored');
    const br = cache.encode(stored, 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(text);
    expect(cache.encode(stored, 'gzip').encoding).toBe('gzip');
    expect(gunzipSync(cache.encode(stored, 'gzip').body).toString()).toBe(text);
    expect(cache.encode(stored, 'gzip').body).toBe(stored.encoded.gzip);
    expect(cache.encode(stored, undefined)).toEqual({ body: stored.body, encoding: null });
    expect(stored.etag).toMatch(/^"[\w-]{32}"$/);
  });

  it('keeps the headers that describe the answer, not those of one transfer or one visitor', () => {
    expect(
      storableHeaders({ 'content-type': 'text/html', 'cache-control': 'public', 'set-cookie': ['a=b'], 'transfer-encoding': 'chunked', date: 'x', connection: 'keep-alive' }),
    ).toEqual({ 'content-type': 'text/html', 'cache-control': 'public' });
  });
});
