import { generateApiToken, hashApiToken, looksLikeApiToken, parseTokenName } from './api-tokens';

describe('generateApiToken', () => {
  it('makes distinct tokens of one shape, and keeps only a hash and a short start', () => {
    const tokens = Array.from({ length: 50 }, () => generateApiToken());
    expect(new Set(tokens.map((t) => t.token)).size).toBe(50);
    for (const { token, hash, start } of tokens) {
      expect(looksLikeApiToken(token)).toBe(true);
      expect(hash).toBe(hashApiToken(token));
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).not.toContain(token.slice(3));
      expect(token.startsWith(start)).toBe(true);
      expect(start).toHaveLength(7);
    }
  });
});

it('looksLikeApiToken refuses what cannot be a token before any lookup', () => {
  for (const value of ['', 'sf_', `sf_${'a'.repeat(42)}`, `sf_${'a'.repeat(44)}`, `xx_${'a'.repeat(43)}`, `sf_${'a'.repeat(42)}=`]) {
    expect(looksLikeApiToken(value)).toBe(false);
  }
});

it('parseTokenName trims a label and refuses an empty or overlong one', () => {
  expect(parseTokenName('  nightly import ')).toBe('nightly import');
  expect(parseTokenName('   ')).toBeNull();
  expect(parseTokenName('x'.repeat(101))).toBeNull();
  expect(parseTokenName(null)).toBeNull();
});
