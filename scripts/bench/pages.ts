// The benchmark's rows for the pages and API answers that list things, at bench size: the dashboard,
// a topic page, a series page, /sources and the revisions API, whole responses from the built app,
// each body checked so that an error page never passes for a fast answer, interleaved so that all
// see the same machine. Each is timed twice: rendered by the app (a cookie makes the web server pass
// the request on rather than answer from its answer cache, lib/server/web-server.ts) and as readers
// mostly get it, from that cache.
import { benchSlug, type DatasetSize } from './generate';
import { pickDistinct, seededRandom, summarize, timed, type Summary } from './measure';

export interface PageRow {
  what: string;
  series: string;
  summary: Summary;
  size: string;
}

interface Target {
  what: string;
  path: (next: () => number) => string;
  valid: (body: string) => boolean;
}

function targets(size: DatasetSize): Target[] {
  const html = (marker: string) => (body: string) => body.includes(marker) && body.includes('</html>') && !body.includes('data-testid="error-state"');
  return [
    { what: 'GET /, the dashboard, whole response', path: () => '/', valid: html('id="all-series"') },
    {
      what: 'GET /topics/<topic>?page=<n>, a page of a topic’s series',
      // Every topic holds a fifth of the series; 100 to a page.
      path: (next) => `/topics/troops?page=${1 + Math.floor(next() * Math.ceil(size.series / 5 / 100))}`,
      valid: html('data-testid="series-item"'),
    },
    { what: 'GET /series/<slug>, a series page, whole response', path: (next) => `/series/${benchSlug(pickDistinct(next, 1, size.series)[0])}`, valid: html('id="figures-heading"') },
    { what: 'GET /sources, claimants and publishers, first page', path: () => '/sources', valid: html('id="claimants-heading"') },
    {
      what: 'GET /api/v1/revisions, first page',
      path: () => '/api/v1/revisions',
      valid: (body) => (JSON.parse(body) as { data?: unknown[] }).data?.length !== undefined,
    },
  ];
}

/** Any cookie: the web server caches only answers to requests without one. */
const PAST_THE_CACHE = { cookie: 'bench=render' };

async function get(url: string, headers: Record<string, string>): Promise<{ ms: number; status: number; body: string; bytes: number }> {
  const { ms, value } = await timed(async () => {
    const response = await fetch(url, { headers });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  });
  return { ms, status: value.status, body: value.body.toString('utf8'), bytes: value.body.byteLength };
}

/** Times each page `runs` times each way (after a few untimed requests each), one request at a time. */
export async function pageRows(baseUrl: string, size: DatasetSize, runs: number): Promise<PageRow[]> {
  const next = seededRandom(size.seed + 1);
  const ways = [
    { label: 'rendered', headers: PAST_THE_CACHE },
    { label: 'answer cache', headers: {} },
  ];
  const all = targets(size).flatMap((target) => ways.map((way) => ({ target, way })));
  const samples = all.map(() => ({ ms: [] as number[], bytes: [] as number[] }));
  for (let round = -3; round < runs; round += 1) {
    for (const [index, { target, way }] of all.entries()) {
      const path = target.path(next);
      const result = await get(`${baseUrl}${path}`, way.headers);
      if (result.status !== 200 || !target.valid(result.body)) throw new Error(`${path} answered ${result.status} without the expected content`);
      if (round < 0) continue;
      samples[index].ms.push(result.ms);
      samples[index].bytes.push(result.bytes);
    }
  }
  return all.map(({ target, way }, index) => {
    const { ms, bytes } = samples[index];
    const average = bytes.reduce((a, b) => a + b, 0) / bytes.length;
    return { what: `${target.what} (${way.label})`, series: '–', summary: summarize(ms), size: `${Math.round(average / 1024)} kB` };
  });
}
