// The benchmark's rows for the pages and API answers that list things, at bench size: the dashboard,
// a topic page, a series page, /sources and the revisions API, whole responses from the built app,
// each body checked so that an error page never passes for a fast answer, interleaved so that all
// see the same machine.
import { benchSlug, type DatasetSize } from './generate';
import { pickDistinct, seededRandom, summarize, timeGet, type Summary } from './measure';

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

/** Times each page `runs` times (after a few untimed requests each), one request at a time. */
export async function pageRows(baseUrl: string, size: DatasetSize, runs: number): Promise<PageRow[]> {
  const next = seededRandom(size.seed + 1);
  const all = targets(size);
  const samples = all.map(() => ({ ms: [] as number[], bytes: [] as number[] }));
  for (let round = -3; round < runs; round += 1) {
    for (const [index, target] of all.entries()) {
      const path = target.path(next);
      const result = await timeGet(`${baseUrl}${path}`);
      if (result.status !== 200 || !target.valid(result.body)) throw new Error(`${path} answered ${result.status} without the expected content`);
      if (round < 0) continue;
      samples[index].ms.push(result.ms);
      samples[index].bytes.push(result.bytes);
    }
  }
  return all.map((target, index) => {
    const { ms, bytes } = samples[index];
    const average = bytes.reduce((a, b) => a + b, 0) / bytes.length;
    return { what: target.what, series: '–', summary: summarize(ms), size: `${Math.round(average / 1024)} kB` };
  });
}
