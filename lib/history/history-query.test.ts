import { MAX_SERIES } from '@/lib/view-state';
import { DEFAULT_HISTORY_QUERY, historyHref, pageCount, parseHistoryQuery, requestedHistorySeries, serializeHistoryQuery, type HistoryQuery } from './history-query';

const KNOWN = new Set(['troops-deployed', 'troop-casualties', 'shells-delivered', 'a-b-c']);

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('history query', () => {
  it('round-trips: parse(serialize(query)) returns the query, for 300 generated queries', () => {
    const next = random(20261204);
    for (let i = 0; i < 300; i += 1) {
      const series = [...KNOWN].filter(() => next() < 0.4);
      const page = next() < 0.5 ? 1 : 1 + Math.floor(next() * 10_000);
      const query: HistoryQuery = { series, page };
      expect(parseHistoryQuery(new URLSearchParams(serializeHistoryQuery(query)), KNOWN)).toEqual({ query, notices: [], unknownSeries: [] });
    }
  });

  it('writes only non-default values, readably', () => {
    expect(serializeHistoryQuery(DEFAULT_HISTORY_QUERY)).toBe('');
    expect(historyHref('/changes', DEFAULT_HISTORY_QUERY)).toBe('/changes');
    expect(historyHref('/changes', { series: ['troops-deployed', 'shells-delivered'], page: 3 })).toBe('/changes?s=troops-deployed,shells-delivered&page=3');
  });

  it('drops what it cannot use and says why, keeping the rest', () => {
    expect(parseHistoryQuery({ s: 'troops-deployed,nope,troops-deployed', page: '0', utm_source: 'chat' }, KNOWN)).toEqual({
      query: { series: ['troops-deployed'], page: 1 },
      notices: ['Ignored unknown series "nope".', 'Ignored page="0": a page is a whole number from 1.'],
      unknownSeries: ['nope'],
    });
    for (const page of ['-2', '1.5', 'two', '', '99999999999', '1e3']) {
      expect(parseHistoryQuery({ page }, KNOWN).query.page).toBe(1);
    }
    expect(parseHistoryQuery({ page: ['4', '5'] }, KNOWN).query.page).toBe(4);
    const long = 'x'.repeat(80);
    expect(parseHistoryQuery({ s: long }, KNOWN).notices).toEqual([`Ignored unknown series "${'x'.repeat(40)}…".`]);
  });

  it('filters by at most as many series as the explorer shows', () => {
    const many = Array.from({ length: MAX_SERIES + 5 }, (_, i) => `series-${i}`);
    const parsed = parseHistoryQuery({ s: many.join(',') }, new Set(many));
    expect(parsed.query.series).toEqual(many.slice(0, MAX_SERIES));
    expect(parsed.notices).toEqual([`Filtering by the first ${MAX_SERIES} of ${MAX_SERIES + 5} series.`]);
  });

  it('names the slugs asked for, once each', () => {
    expect(requestedHistorySeries(new URLSearchParams('s=a, b,,a'))).toEqual(['a', 'b']);
    expect(requestedHistorySeries({})).toEqual([]);
  });

  it('counts pages, one for an empty list', () => {
    expect([pageCount(0, 25), pageCount(25, 25), pageCount(26, 25)]).toEqual([1, 1, 2]);
  });
});
