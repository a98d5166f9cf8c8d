import { suggestSeries } from './suggest-series';
import type { SeriesInfo } from './types';

const series: SeriesInfo[] = [
  { slug: 'troop-deaths', title: 'North Korean troops killed', unit: 'troops', topic: 'troops', kind: 'cumulative', description: 'Running total of North Korean soldiers killed while fighting for Russia.' },
  { slug: 'troop-wounded', title: 'North Korean troops wounded', unit: 'troops', topic: 'troops', kind: 'cumulative', description: 'Running total of North Korean soldiers wounded.' },
  { slug: 'troops-planned', title: 'Troops North Korea planned to send', unit: 'troops', topic: 'troops', kind: 'target', description: 'Size of a troop deployment North Korea was said to have decided on, before the troops arrived.' },
  { slug: 'shells-delivered', title: 'Artillery shells sent to Russia (running total)', unit: 'shells', topic: 'munitions', kind: 'cumulative', description: 'Running total of North Korean artillery shells said to have reached Russia.' },
  { slug: 'worker-wage', title: 'Hourly pay offered to foreign drone workers', unit: 'USD per hour', topic: 'labour', kind: 'rate', description: 'Hourly pay that Russia is said to offer foreign workers.' },
  { slug: 'trade-turnover', title: 'Recorded Russia-North Korea trade', unit: 'million USD', topic: 'economy', kind: 'flow', description: 'Trade turnover between Russia and North Korea.' },
];

const query = (quote: string, unit: string | null, what: string | null = null, context = quote) => ({ quote, unit, what, context, periodStart: null, periodEnd: null });

describe('suggestSeries', () => {
  it.each([
    [query('About 300 North Korean soldiers have died', 'soldiers', 'North Korean soldiers'), 'troop-deaths'],
    [query('2,700 have been injured', 'soldiers', 'North Korean soldiers'), 'troop-wounded'],
    [query('North Korea has decided to send some 12,000 troops to Russia, it plans', 'troops', 'troops'), 'troops-planned'],
    [query('approximately 6.5 million shells were delivered', 'shells', 'shells'), 'shells-delivered'],
    [query('Moscow has offered $2.50 per hour', 'USD per hour'), 'worker-wage'],
    [query('trade reached 34 million dollars last year', 'USD', 'trade'), 'trade-turnover'],
  ])('suggests a series for %j', (q, slug) => {
    const suggestion = suggestSeries(q, series);
    expect(suggestion?.slug).toBe(slug);
    expect(suggestion?.score).toBeGreaterThan(0);
    expect(suggestion?.score).toBeLessThanOrEqual(1);
  });

  it('suggests nothing when no series is close, or when there are none', () => {
    expect(suggestSeries(query('5,000 fans watched the match in Pyongyang', 'fans', 'fans'), series)).toBeNull();
    expect(suggestSeries(query('6.5 million shells', 'shells'), [])).toBeNull();
  });
});
