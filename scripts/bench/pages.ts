// The benchmark's rows for the pages and API answers that list things, at bench size: the dashboard,
// a topic page, a series page, /sources, the pages of the claimant and the publisher with the most
// figures (the first page and one from the middle) and the revisions API, whole responses from the built app,
// each body checked so that an error page never passes for a fast answer, interleaved so that all
// see the same machine. Each is timed twice: rendered by the app (a cookie makes the web server pass
// the request on rather than answer from its answer cache, lib/server/web-server.ts) and as readers
// mostly get it, from that cache.
import type { Client } from 'pg';
import { FIGURES_PER_PAGE } from '@/lib/limits';
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

/** The claimant and the publisher with the most current figures, and how many each has. */
export interface BusiestSources {
  claimant: { id: number; figureCount: number };
  publisher: { id: number; figureCount: number };
}

export async function busiestSources(client: Client): Promise<BusiestSources> {
  const [claimants, publishers] = [
    await client.query<{ id: number; figureCount: number }>('SELECT id, figure_count AS "figureCount" FROM claimants ORDER BY figure_count DESC, id LIMIT 1'),
    await client.query<{ id: number; figureCount: number }>('SELECT id, figure_count AS "figureCount" FROM publishers ORDER BY figure_count DESC, id LIMIT 1'),
  ];
  return { claimant: claimants.rows[0], publisher: publishers.rows[0] };
}

/** The middle page of a source's figures: a page read past the first ones. */
const middlePage = (figureCount: number) => Math.max(1, Math.ceil(figureCount / FIGURES_PER_PAGE / 2));

function targets(size: DatasetSize, sources: BusiestSources): Target[] {
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
    ...(['claimant', 'publisher'] as const).flatMap((kind) => {
      const { id, figureCount } = sources[kind];
      const base = `/sources/${kind}s/${id}`;
      const count = figureCount.toLocaleString('en-US');
      return [
        { what: `GET ${base}, the ${kind} with the most figures (${count}), first page`, path: () => base, valid: html('data-testid="figure-row"') },
        {
          what: `GET ${base}?page=${middlePage(figureCount)}, the same ${kind}, a middle page`,
          path: () => `${base}?page=${middlePage(figureCount)}`,
          valid: html('data-testid="figure-row"'),
        },
      ];
    }),
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
export async function pageRows(baseUrl: string, size: DatasetSize, sources: BusiestSources, runs: number): Promise<PageRow[]> {
  const next = seededRandom(size.seed + 1);
  const ways = [
    { label: 'rendered', headers: PAST_THE_CACHE },
    { label: 'answer cache', headers: {} },
  ];
  const all = targets(size, sources).flatMap((target) => ways.map((way) => ({ target, way })));
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
