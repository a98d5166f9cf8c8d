// The names a CDN may purge a public answer by (Fastly's Surrogate-Key, Cloudflare's Cache-Tag): every
// answer carries `sf`; one about particular series carries `sf-series-<slug>` for each; one about no
// series in particular (the home page, lists, the change log) carries `sf-index`; and it says the data
// it shows: `sf-latest`, or `sf-rev-<n>` when pinned with rev=. After revision N, purging `sf-index` and
// the series N changed (GET /api/v1/revisions/N lists them) leaves every other cached answer in place.
// Worked out from the address alone, so the web server can add them to whatever the app answered.

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** A long list of series is still one header a CDN accepts (Fastly takes 16 KB, Cloudflare 16 KB). */
const MAX_SERIES_KEYS = 50;
const SERIES_PATH = /^\/(?:embed\/|og\/|api\/v1\/)?series\/([^/]+)/;
const SERIES_QUERY_PATHS = new Set(['/explore', '/embed/explore', '/og/explore', '/api/v1/export.csv']);

function seriesOf(path: string, query: URLSearchParams): string[] {
  const inPath = SERIES_PATH.exec(path)?.[1];
  let slugs: string[] = [];
  if (inPath !== undefined) slugs = [inPath];
  else if (SERIES_QUERY_PATHS.has(path)) slugs = query.getAll('s').flatMap((value) => value.split(','));
  return [...new Set(slugs.map((slug) => slug.trim().toLowerCase()).filter((slug) => SLUG.test(slug)))].slice(0, MAX_SERIES_KEYS);
}

export function surrogateKeys(path: string, query: URLSearchParams): string[] {
  const rev = query.get('rev');
  const shown = rev !== null && /^[1-9]\d{0,9}$/.test(rev) ? `sf-rev-${rev}` : 'sf-latest';
  const series = seriesOf(path, query);
  return ['sf', shown, ...(series.length > 0 ? series.map((slug) => `sf-series-${slug}`) : ['sf-index'])];
}

/** The two headers, in each CDN's own spelling: space-separated for Surrogate-Key, commas for Cache-Tag. */
export function surrogateKeyHeaders(path: string, query: URLSearchParams): Record<'Surrogate-Key' | 'Cache-Tag', string> {
  const keys = surrogateKeys(path, query);
  return { 'Surrogate-Key': keys.join(' '), 'Cache-Tag': keys.join(',') };
}
