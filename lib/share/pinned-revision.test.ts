import { parsePinnedRevision } from './pinned-revision';

describe('parsePinnedRevision', () => {
  it('reads rev= with the URL state parser, from a record or URLSearchParams', () => {
    expect(parsePinnedRevision({ rev: '12' })).toEqual({ rev: 12, notices: [] });
    expect(parsePinnedRevision(new URLSearchParams('rev=3&v=1'))).toEqual({ rev: 3, notices: [] });
    expect(parsePinnedRevision({ rev: ['4', '5'] })).toEqual({ rev: 4, notices: [] });
    expect(parsePinnedRevision({})).toEqual({ rev: null, notices: [] });
  });

  it('ignores a bad rev with the parser’s reason, and other parameters silently', () => {
    expect(parsePinnedRevision({ rev: 'latest', utm_source: 'chat' })).toEqual({
      rev: null,
      notices: ['Ignored rev="latest": a revision is a whole number from 1.'],
    });
  });
});
