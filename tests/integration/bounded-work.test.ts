// A series with tens of thousands of figures (the benchmark's generator, two series of 30,000) costs
// each request a bounded amount: pages, images, downloads and API answers read at most their limit
// (lib/limits.ts), say what they left out, and page through the rest.
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
