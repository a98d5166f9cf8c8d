import { pagedHref, parsePageParam } from './page-param';

describe('parsePageParam', () => {
  it('reads a page number from 1, and page 1 when there is none', () => {
    expect(parsePageParam({})).toEqual({ page: 1, notice: null });
    expect(parsePageParam({ page: '' })).toEqual({ page: 1, notice: null });
    expect(parsePageParam({ page: '7' })).toEqual({ page: 7, notice: null });
    expect(parsePageParam(new URLSearchParams('cpage=3'), 'cpage')).toEqual({ page: 3, notice: null });
    expect(parsePageParam({ page: ['2', '5'] })).toEqual({ page: 2, notice: null });
  });

  it('ignores anything else with a notice that names it', () => {
    for (const raw of ['0', '-1', '1.5', '1e3', 'abc', '2147483648', ' 2']) {
      expect(parsePageParam({ page: raw })).toEqual({ page: 1, notice: `Ignored page="${raw}": a page is a whole number from 1.` });
    }
    expect(parsePageParam({ page: 'x'.repeat(100) }).notice).toBe(`Ignored page="${'x'.repeat(40)}…": a page is a whole number from 1.`);
  });
});

describe('pagedHref', () => {
  it('writes only what differs from the defaults, the pinned revision kept', () => {
    expect(pagedHref('/topics/troops', { rev: null, page: 1 })).toBe('/topics/troops');
    expect(pagedHref('/topics/troops', { rev: 4, page: 1 })).toBe('/topics/troops?rev=4');
    expect(pagedHref('/topics/troops', { rev: 4, page: 3 })).toBe('/topics/troops?rev=4&page=3');
    expect(pagedHref('/topics/troops', { rev: null, page: 2 })).toBe('/topics/troops?page=2');
  });

  it('round-trips with parsePageParam', () => {
    for (const page of [1, 2, 99, 2_147_483_647]) {
      const href = pagedHref('/x', { rev: null, page });
      expect(parsePageParam(new URLSearchParams(href.split('?')[1] ?? '')).page).toBe(page);
    }
  });
});
