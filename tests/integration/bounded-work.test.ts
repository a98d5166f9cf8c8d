// A series with tens of thousands of figures (the benchmark's generator, two series of 30,000) costs
// each request a bounded amount: pages, images, downloads and API answers read at most their limit
// (lib/limits.ts), say what they left out, and page through the rest. So do the pages of a claimant
// with some ten thousand of those figures and of a publisher with over a thousand.
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { FIGURES_PER_PAGE, MAX_CHART_FIGURES, MAX_CSV_FIGURES, MAX_DRAWN_PER_VIEW, MAX_FIGURES_PER_VIEW } from '@/lib/limits';
import { generateDataset } from '../../scripts/bench/generate';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { raw } from '../helpers/raw-http';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let server: AppServer;
/** The generator's last revision: its figures arrive in batches, then a few corrections and retirements. */
let latest: number;
const PER_SERIES = 30_000;
const BIG = 'bench-series-00001';
const OTHER = 'bench-series-00002';

jest.setTimeout(180_000);

beforeAll(async () => {
  db = await createTestDatabase();
  const pool = new Pool({ connectionString: db.url });
  try {
    await generateDataset(pool, { series: 2, figures: 2 * PER_SERIES, claimants: 30, publishers: 40, events: 5, seed: 7 }, () => undefined);
    latest = (await pool.query<{ id: number }>('SELECT max(id) AS id FROM dataset_revisions')).rows[0].id;
  } finally {
    await pool.end();
  }
  server = await startAppServer({ databaseUrl: db.url });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function timed(path: string) {
  const started = performance.now();
  const response = await raw(server.baseUrl, path);
  return { response, ms: performance.now() - started };
}

/** How many current figures a series has, as the API lists them (the generator retires a few). */
async function current(slug: string): Promise<number> {
  const list = JSON.parse((await raw(server.baseUrl, '/api/v1/series')).text) as { data: { slug: string; figureCount: number }[] };
  return list.data.find((s) => s.slug === slug)?.figureCount as number;
}

/** A page's text, without the comments React writes between adjacent text nodes. */
const textOf = (html: string) => html.replaceAll('<!-- -->', '');

it('draws the latest figures of a huge series, says so, and pages its table', async () => {
  const total = await current(BIG);
  expect(total).toBeGreaterThan(PER_SERIES * 0.99);
  const { response, ms } = await timed(`/series/${BIG}`);
  expect(response.status).toBe(200);
  expect(response.body.length).toBeLessThan(3_000_000);
  expect(ms).toBeLessThan(15_000);
  const text = textOf(response.text);
  expect(text).toContain(`The chart draws the latest ${MAX_CHART_FIGURES.toLocaleString('en-GB')} of the ${total.toLocaleString('en-GB')} figures`);
  expect(text).toContain(`Figures 1–${FIGURES_PER_PAGE} of ${total.toLocaleString('en-GB')}`);
  expect(text).toMatch(/Page 1 of \d+/);
  expect(response.text.match(/data-testid="figure-row"/g)).toHaveLength(FIGURES_PER_PAGE);

  const lastPage = Math.ceil(total / FIGURES_PER_PAGE);
  const beyond = await raw(server.baseUrl, `/series/${BIG}?page=${lastPage + 10}`);
  expect(beyond.status).toBe(200);
  expect(textOf(beyond.text)).toContain(`There is no page ${lastPage + 10} of figures; showing the last, page ${lastPage}.`);
  expect(beyond.text.match(/data-testid="figure-row"/g)).toHaveLength(total - (lastPage - 1) * FIGURES_PER_PAGE);
});

it('shares a view’s figures out between its series, and names each that has more', async () => {
  const { response, ms } = await timed(`/explore?s=${BIG},${OTHER}&rev=${latest}&view=table`);
  expect(response.status).toBe(200);
  expect(ms).toBeLessThan(15_000);
  const text = textOf(response.text);
  const list = JSON.parse((await raw(server.baseUrl, '/api/v1/series')).text) as { data: { slug: string; title: string }[] };
  for (const slug of [BIG, OTHER]) {
    const title = list.data.find((s) => s.slug === slug)?.title;
    expect(title).toMatch(/^Bench series/);
    expect(text).toContain(`“${title}” has ${(await current(slug)).toLocaleString('en-GB')} figures here, more than one view shows; the latest ${(MAX_DRAWN_PER_VIEW / 2).toLocaleString('en-GB')} are shown.`);
  }
  // The table lists exactly the figures drawn, one row each: the view's share of both series.
  expect(response.text.match(/data-testid="explorer-row"/g)).toHaveLength(MAX_DRAWN_PER_VIEW);
  expect(response.body.length).toBeLessThan(8_000_000);
  const csv = await raw(server.baseUrl, `/api/v1/export.csv?s=${BIG}&rev=${latest}`);
  const lines = csv.text.split('\r\n');
  expect(lines[1]).toMatch(/^# “Bench series 1: [^”]+” has [\d,]+ figures here, more than one view shows; the latest 20,000 are shown\./);
  expect(lines.filter((line) => /^\d|^"|^bench/.test(line))).toHaveLength(MAX_FIGURES_PER_VIEW);
});

it('pages the API in the database and bounds its CSV, saying where the rest is', async () => {
  const total = await current(BIG);
  const page = JSON.parse((await raw(server.baseUrl, `/api/v1/series/${BIG}/figures?limit=10&offset=${total - 4}`)).text) as {
    data: unknown[];
    page: { total: number; next: string | null };
  };
  expect(page.data).toHaveLength(4);
  expect(page.page).toMatchObject({ total, next: null });
  const past = JSON.parse((await raw(server.baseUrl, `/api/v1/series/${BIG}/figures?offset=${total + 100}`)).text) as { data: unknown[]; page: { total: number } };
  expect(past).toMatchObject({ data: [], page: { total } });
  const filtered = JSON.parse((await raw(server.baseUrl, `/api/v1/series/${BIG}/figures?from=2024&to=2024&limit=1`)).text) as { page: { total: number } };
  expect(filtered.page.total).toBeGreaterThan(0);
  expect(filtered.page.total).toBeLessThan(total);

  const csv = await raw(server.baseUrl, `/api/v1/series/${BIG}/figures.csv`);
  expect(csv.status).toBe(200);
  const lines = csv.text.split('\r\n');
  expect(lines[1]).toBe(
    `# This file holds the first ${MAX_CSV_FIGURES} of ${total} figures, oldest first; the rest are in the pages of ${server.baseUrl}/api/v1/series/${BIG}/figures?rev=${latest}&offset=${MAX_CSV_FIGURES}`,
  );
});

it('draws previews, embeds and changes of a huge series in bounded time', async () => {
  // Pinned before the generator's corrections and retirements: the page compares both whole series.
  const beforeCorrections = latest - 2;
  for (const path of [`/og/series/${BIG}`, `/embed/series/${BIG}`, `/changes?s=${BIG}&rev=${beforeCorrections}`, `/og/explore?s=${BIG},${OTHER}`, `/`]) {
    const { response, ms } = await timed(path);
    expect([path, response.status]).toEqual([path, 200]);
    expect([path, ms < 20_000]).toEqual([path, true]);
    expect([path, response.body.length < 3_000_000]).toEqual([path, true]);
  }
});

describe('a claimant’s and a publisher’s pages', () => {
  /** The claimant and the publisher with the most current figures, with the count every write keeps. */
  async function busiest(table: 'claimants' | 'publishers'): Promise<{ id: number; kept: number }> {
    const pool = new Pool({ connectionString: db.url });
    try {
      const query = table === 'claimants'
        ? 'SELECT id, figure_count AS kept FROM claimants ORDER BY figure_count DESC, id LIMIT 1'
        : 'SELECT id, figure_count AS kept FROM publishers ORDER BY figure_count DESC, id LIMIT 1';
      return (await pool.query<{ id: number; kept: number }>(query)).rows[0];
    } finally {
      await pool.end();
    }
  }

  /** The current versions that name the source, or those visible at `rev`: counted here, apart from the app's code. */
  async function countedAt(column: 'claimant_id' | 'publisher_id', id: number, rev: number | null): Promise<number> {
    const queries = {
      claimant_id: 'SELECT count(*)::int AS n FROM figure_versions WHERE claimant_id = $1 AND change <> \'retired\' AND valid_from_rev <= $2 AND (valid_to_rev IS NULL OR valid_to_rev > $2)',
      publisher_id: 'SELECT count(*)::int AS n FROM figure_versions WHERE publisher_id = $1 AND change <> \'retired\' AND valid_from_rev <= $2 AND (valid_to_rev IS NULL OR valid_to_rev > $2)',
    };
    const pool = new Pool({ connectionString: db.url });
    try {
      // The latest revision's visible versions are the current ones.
      return (await pool.query<{ n: number }>(queries[column], [id, rev ?? latest])).rows[0].n;
    } finally {
      await pool.end();
    }
  }

  /** The address of the page's link marked rel="next" or rel="prev", whatever the order of its attributes. */
  const relHref = (html: string, rel: 'next' | 'prev') => /href="([^"]*)"/.exec(new RegExp(`<a [^>]*rel="${rel}"[^>]*>`).exec(html)?.[0] ?? '')?.[1] ?? null;

  const rowsOf = (html: string) => html.match(/data-testid="figure-row"/g)?.length ?? 0;
  const figureIds = (html: string) => [...html.matchAll(/id="figure-(\d+)" data-testid="figure-row"/g)].map((m) => Number(m[1]));
  const COUNT = new Intl.NumberFormat('en-GB');

  it('lists a claimant’s figures a page at a time, with the kept total, and the last page for one past the end', async () => {
    const claimant = await busiest('claimants');
    const total = await countedAt('claimant_id', claimant.id, null);
    expect(claimant.kept).toBe(total);
    expect(total).toBeGreaterThan(20 * FIGURES_PER_PAGE);
    const pages = Math.ceil(total / FIGURES_PER_PAGE);
    const path = `/sources/claimants/${claimant.id}`;

    const { response, ms } = await timed(path);
    expect(response.status).toBe(200);
    expect(ms).toBeLessThan(15_000);
    expect(response.body.length).toBeLessThan(1_000_000);
    expect(rowsOf(response.text)).toBe(FIGURES_PER_PAGE);
    const text = textOf(response.text);
    expect(text).toContain(`${COUNT.format(total)} current figures, as stated and as published. Figures 1–${FIGURES_PER_PAGE} are listed here, by series.`);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(relHref(response.text, 'next')).toBe(`${path}?page=2`);
    expect(relHref(response.text, 'prev')).toBeNull();

    const second = await raw(server.baseUrl, `${path}?page=2`);
    expect(relHref(second.text, 'prev')).toBe(path);
    expect(textOf(second.text)).toContain(`Figures ${FIGURES_PER_PAGE + 1}–${2 * FIGURES_PER_PAGE} are listed here`);
    expect(figureIds(second.text).filter((id) => figureIds(response.text).includes(id))).toEqual([]);

    const onLast = total - (pages - 1) * FIGURES_PER_PAGE;
    const last = await raw(server.baseUrl, `${path}?page=${pages}`);
    expect(rowsOf(last.text)).toBe(onLast);
    expect(relHref(last.text, 'next')).toBeNull();
    expect(last.text).not.toContain('data-testid="url-notice"');

    const beyond = await raw(server.baseUrl, `${path}?page=${pages + 10}`);
    expect(beyond.status).toBe(200);
    expect(beyond.text).toContain('data-testid="url-notice"');
    expect(textOf(beyond.text)).toContain(`Ignored page=${pages + 10}: this claimant’s list of figures has ${pages} pages; showing the last.`);
    expect(rowsOf(beyond.text)).toBe(onLast);
    for (const bad of ['0', 'abc', '1e3', '99999999999', '-1']) {
      const answer = await raw(server.baseUrl, `${path}?page=${bad}`);
      expect([bad, answer.status, answer.text.includes('data-testid="url-notice"'), rowsOf(answer.text)]).toEqual([bad, 200, true, FIGURES_PER_PAGE]);
    }
  });

  it('lists every one of a publisher’s figures once over its pages', async () => {
    const publisher = await busiest('publishers');
    const total = await countedAt('publisher_id', publisher.id, null);
    expect(publisher.kept).toBe(total);
    const pages = Math.ceil(total / FIGURES_PER_PAGE);
    expect(pages).toBeGreaterThan(2);
    const seen: number[] = [];
    for (let page = 1; page <= pages; page += 1) {
      const answer = await raw(server.baseUrl, `/sources/publishers/${publisher.id}?page=${page}`);
      expect([page, answer.status]).toEqual([page, 200]);
      for (const id of figureIds(answer.text)) seen.push(id);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const beyond = await raw(server.baseUrl, `/sources/publishers/${publisher.id}?page=${pages + 1}`);
    expect(textOf(beyond.text)).toContain(`Ignored page=${pages + 1}: this publisher’s list of figures has ${pages} pages; showing the last.`);
  });

  it('pages a pinned revision with a counted total, and keeps the pin in its links', async () => {
    const claimant = await busiest('claimants');
    // Before the generator's corrections and retirements, so the pinned list differs from the latest.
    const rev = latest - 2;
    const total = await countedAt('claimant_id', claimant.id, rev);
    expect(total).not.toBe(claimant.kept);
    const pages = Math.ceil(total / FIGURES_PER_PAGE);
    const path = `/sources/claimants/${claimant.id}`;

    const pinned = await raw(server.baseUrl, `${path}?rev=${rev}`);
    expect(pinned.status).toBe(200);
    const text = textOf(pinned.text);
    expect(text).toContain(`${COUNT.format(total)} figures as of dataset revision ${rev} (`);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(relHref(pinned.text, 'next')).toBe(`${path}?rev=${rev}&amp;page=2`);
    expect(pinned.text).toMatch(new RegExp(`href="/series/bench-series-0000[12]\\?rev=${rev}"`));
    expect(pinned.text).toMatch(new RegExp(`<a [^>]*href="${path}"[^>]*>View the latest figures</a>`));

    const beyond = await raw(server.baseUrl, `${path}?rev=${rev}&page=${pages + 5}`);
    expect(textOf(beyond.text)).toContain(`Ignored page=${pages + 5}: this claimant’s list of figures has ${pages} pages; showing the last.`);
    expect(rowsOf(beyond.text)).toBe(total - (pages - 1) * FIGURES_PER_PAGE);
    expect(relHref(beyond.text, 'prev')).toBe(`${path}?rev=${rev}&amp;page=${pages - 1}`);

    const unknown = await raw(server.baseUrl, `${path}?rev=999999&page=2`);
    expect(unknown.status).toBe(200);
    expect(textOf(unknown.text)).toContain('Ignored rev=&quot;999999&quot;: there is no dataset revision 999999; showing the latest figures.');
    expect(textOf(unknown.text)).toContain(`${COUNT.format(claimant.kept)} current figures`);
    expect(relHref(unknown.text, 'next')).toBe(`${path}?page=3`);
  });
});
