import { surrogateKeyHeaders, surrogateKeys } from './surrogate-keys';

const keys = (address: string) => {
  const url = new URL(address, 'http://x');
  return surrogateKeys(url.pathname, url.searchParams);
};

describe('surrogateKeys', () => {
  it('names the series of a series page, its embed, its preview image and its API answers', () => {
    for (const path of ['/series/troops-deployed', '/embed/series/troops-deployed', '/og/series/troops-deployed', '/api/v1/series/troops-deployed/figures.csv']) {
      expect([path, keys(path)]).toEqual([path, ['sf', 'sf-latest', 'sf-series-troops-deployed']]);
    }
  });

  it('names each series of a comparison once, and says which revision a pinned view shows', () => {
    expect(keys('/explore?s=troops-deployed,shells-delivered&s=troops-deployed&rev=12')).toEqual([
      'sf',
      'sf-rev-12',
      'sf-series-troops-deployed',
      'sf-series-shells-delivered',
    ]);
    expect(keys('/api/v1/export.csv?s=a&rev=0')).toEqual(['sf', 'sf-latest', 'sf-series-a']);
  });

  it('calls an answer about no series in particular sf-index, and drops what cannot be a slug', () => {
    expect(keys('/')).toEqual(['sf', 'sf-latest', 'sf-index']);
    expect(keys('/api/v1/series')).toEqual(['sf', 'sf-latest', 'sf-index']);
    expect(keys('/explore?s=%20,no%20spaces,ok')).toEqual(['sf', 'sf-latest', 'sf-series-ok']);
    expect(keys(`/explore?s=${Array.from({ length: 80 }, (_, i) => `s${i}`).join(',')}`)).toHaveLength(52);
  });

  it('spells the keys as Fastly and Cloudflare each expect them', () => {
    expect(surrogateKeyHeaders('/series/a', new URLSearchParams())).toEqual({ 'Surrogate-Key': 'sf sf-latest sf-series-a', 'Cache-Tag': 'sf,sf-latest,sf-series-a' });
  });
});
