import {
  canonicalShortLinkTarget,
  generateShortCode,
  isShortCode,
  SHORT_CODE_ALPHABET,
  SHORT_CODE_LENGTH,
  shortLinkUrl,
  type CanonicalContext,
} from './short-links';
import { VIEW_STATE_VERSION } from './view-state';

const context: CanonicalContext = {
  knownSeries: new Set(['troops-deployed', 'troop-casualties', 'shells-delivered']),
  latestRevision: 4,
};

function canonical(path: string, query: string) {
  const result = canonicalShortLinkTarget({ path, query }, context);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

function reason(path: string, query: string): string {
  const result = canonicalShortLinkTarget({ path, query }, context);
  if (result.ok) throw new Error(`expected ${path}?${query} to be refused`);
  return result.reason;
}

describe('short codes', () => {
  it('are ten characters from an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = generateShortCode();
      expect(code).toHaveLength(SHORT_CODE_LENGTH);
      expect(isShortCode(code)).toBe(true);
    }
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[01lIO]/);
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(SHORT_CODE_ALPHABET.length);
  });

  it('are random, not sequential: no repeats, and every character position varies', () => {
    const codes = Array.from({ length: 2000 }, generateShortCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (let position = 0; position < SHORT_CODE_LENGTH; position += 1) {
      // 2000 draws from 57 characters leave very few unseen; a counter would vary only its last places.
      expect(new Set(codes.map((code) => code[position])).size).toBeGreaterThan(45);
    }
  });

  it('refuses anything that is not a code before it reaches the database', () => {
    for (const text of ['', 'abc', 'abcdefghijk', 'abcdefghi0', 'ABCDEFGHIl', '../../etc', 'abcdefgh%2']) {
      expect(isShortCode(text)).toBe(false);
    }
    expect(shortLinkUrl('abcdefghij')).toBe('/s/abcdefghij');
  });
});

describe('canonical targets', () => {
  it('give equal views equal hashes whatever the order, spelling and defaults of their parameters', () => {
    const a = canonical('/explore', 's=troops-deployed,troop-casualties&from=2024-10&rev=3');
    const b = canonical('/explore', '?rev=3&from=2024-10&s=troops-deployed,troop-casualties,troops-deployed&mode=absolute&view=chart');
    const c = canonical('/explore', `s=troops-deployed,troop-casualties&from=2024-10&rev=3&v=${VIEW_STATE_VERSION}`);
    expect(b.stateHash).toBe(a.stateHash);
    expect(c.stateHash).toBe(a.stateHash);
    expect(a.query).toBe(`s=troops-deployed,troop-casualties&from=2024-10&rev=3&v=${VIEW_STATE_VERSION}`);
  });

  it('give different views different hashes', () => {
    const hashes = new Set([
      canonical('/explore', 's=troops-deployed').stateHash,
      canonical('/explore', 's=troop-casualties,troops-deployed').stateHash,
      canonical('/explore', 's=troops-deployed,troop-casualties').stateHash,
      canonical('/explore', 's=troops-deployed&rev=4').stateHash,
      canonical('/explore', '').stateHash,
      canonical('/', '').stateHash,
      canonical('/series/troops-deployed', '').stateHash,
      canonical('/series/troops-deployed', 'rev=2').stateHash,
    ]);
    expect(hashes.size).toBe(8);
  });

  it('always carry the format version, so the parser can migrate them when the format changes', () => {
    expect(canonical('/', '').query).toBe(`v=${VIEW_STATE_VERSION}`);
    expect(canonical('/series/shells-delivered', 'rev=1').query).toBe(`rev=1&v=${VIEW_STATE_VERSION}`);
  });

  it('refuse paths that are not a shareable page', () => {
    for (const path of ['/api/v1/series', 'https://example.com/', '//example.com', '/explore/', '/series', '/sources', '/s/abc']) {
      expect(reason(path, '')).toMatch(/cannot be shared/);
    }
    expect(reason('/series/no-such-series', '')).toMatch(/names no series/);
  });

  it('refuse a state the page would have to correct, with the reasons', () => {
    expect(reason('/explore', 's=troops-deployed,nope')).toMatch(/unknown series "nope"/);
    expect(reason('/explore', 'from=2024-13')).toMatch(/no month 13/);
    expect(reason('/explore', 'colour=red')).toMatch(/unknown parameter "colour"/);
    expect(reason('/explore', 'rev=5')).toMatch(/rev=5, which does not exist yet: the latest is 4/);
    expect(reason('/explore', `s=${'x'.repeat(2001)}`)).toMatch(/longer than 2000/);
    expect(canonicalShortLinkTarget({ path: '/', query: 'rev=1' }, { ...context, latestRevision: null })).toMatchObject({ ok: false });
  });
});
