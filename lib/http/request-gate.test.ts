import fc from 'fast-check';
import { ADDRESS_LIMITS, checkAddress, isApiLikePath } from './request-gate';

describe('checkAddress', () => {
  it('lets through the addresses the site itself writes', () => {
    for (const [path, query] of [
      ['/', ''],
      ['/explore', 's=troops-deployed,troop-casualties&from=2024-10&to=2025-12&view=table&rev=3&v=1'],
      ['/series/troops-deployed', 'rev=1&page=2'],
      ['/api/v1/series/troops-deployed/figures', 'limit=3&offset=3'],
      ['/explore/catalogue', 'q=troops+killed&claimant=South%20Korea%27s%20National%20Intelligence%20Service&facets=1'],
      ['/sources/claimants/%C3%A9t%C3%A9', 'utm_source=newsletter'],
      ['/explore', 'q=%F0%9F%98%80'],
    ]) {
      expect([path, query, checkAddress(path, query)]).toEqual([path, query, null]);
    }
  });

  it('refuses malformed escapes, NUL and other control characters, and lone surrogates, in the path and the query', () => {
    const cases: [string, string, RegExp][] = [
      ['/series/%C3%28', '', /path segment "%C3%28" is not valid percent-encoded UTF-8/],
      ['/s/%FF', '', /not valid percent-encoded UTF-8/],
      ['/api/v1/series/%E0%A4%A', '', /not valid percent-encoded UTF-8/],
      ['/sources/claimants/%ED%A0%80', '', /not valid percent-encoded UTF-8/],
      ['/og/series/%00', '', /control character/],
      ['/series/%', '', /not valid/],
      ['/explore', 's=%00', /value of "s" holds a control character/],
      ['/explore', 'q=a%0Ab', /control character/],
      ['/explore', 'claimant=%E2%80', /value of "claimant" is not valid/],
      ['/explore', '%FF=1', /parameter name "%FF"/],
      ['/explore', 's=%ED%B0%80', /not valid/],
    ];
    for (const [path, query, message] of cases) {
      const problem = checkAddress(path, query);
      expect([path, query, problem?.message]).toEqual([path, query, expect.stringMatching(message)]);
    }
  });

  it('refuses repeated parameters, and addresses larger than any the site needs', () => {
    expect(checkAddress('/explore', 's=a&s=b')?.message).toBe('Parameter "s" is given more than once; give it once.');
    expect(checkAddress('/explore', 'view=table&view=table')?.part).toBe('query');
    expect(checkAddress('/explore', `s=${'a'.repeat(ADDRESS_LIMITS.valueLength + 1)}`)?.message).toMatch(/longer than 2048/);
    expect(checkAddress('/explore', Array.from({ length: ADDRESS_LIMITS.parameters + 1 }, (_, i) => `p${i}=1`).join('&'))?.message).toMatch(/more than 24 parameters/);
    expect(checkAddress('/explore', `${'n'.repeat(65)}=1`)?.message).toMatch(/longer than 64/);
    expect(checkAddress(`/series/${'a'.repeat(ADDRESS_LIMITS.segmentLength + 1)}`, '')?.message).toMatch(/segment is longer/);
    expect(checkAddress(`/${'a/'.repeat(ADDRESS_LIMITS.segments)}`, '')?.message).toMatch(/more than 16 segments/);
    expect(checkAddress('/explore', 'x'.repeat(ADDRESS_LIMITS.queryLength + 1))?.message).toMatch(/query is longer/);
  });

  it('never throws, and whatever it lets through decodes to well-formed text without control characters', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, 'x'))),
      fc.constantFrom('%', '%0', '%ZZ', '%00', '%C3', '%C3%28', '%ED%A0%80', '%F0%9F%98%80', '+', '=', '&', '%2F'),
      fc.string({ maxLength: 8 }),
    );
    const part = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), part, (segments, query) => {
        const path = `/${segments.join('/')}`;
        const problem = checkAddress(path, query);
        if (problem) return;
        for (const segment of path.split('/')) {
          const text = decodeURIComponent(segment);
          expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
          expect(text.isWellFormed()).toBe(true);
        }
        for (const pair of query.split('&')) {
          for (const side of pair.split('=')) expect(decodeURIComponent(side.replace(/\+/g, ' ')).isWellFormed()).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 10 },
    );
  });
});

describe('isApiLikePath', () => {
  it('tells the routes that answer programs from the pages', () => {
    for (const path of ['/api/v1/series', '/api/health', '/api', '/og/series/x', '/explore/catalogue']) expect([path, isApiLikePath(path)]).toEqual([path, true]);
    for (const path of ['/', '/explore', '/explore/about', '/series/x', '/apis', '/embed/explore', '/ogre']) expect([path, isApiLikePath(path)]).toEqual([path, false]);
  });
});
