// The lists a request can grow, bounded: the dashboard's topics, a topic's pages, /sources and the
// revisions API, against a real PostgreSQL filled by the benchmark's generator at a size where every
// list has more than one page. Then the same through the built app: the dashboard stays small,
// paging links keep a pinned revision, and page values that cannot be used get a notice (an API a
// 400), never a 500.
import { Client } from 'pg';
import { getPrisma } from '@/lib/db';
import { createWritePool } from '@/lib/dataset/pool';
import { SERIES_PER_TOPIC_ON_HOME, SERIES_PER_TOPIC_PAGE, SOURCES_PER_PAGE } from '@/lib/limits';
import { loadSourcesView } from '@/lib/loaders/sources-view';
import { loadTopicView } from '@/lib/loaders/topic-view';
import { openApiDocument } from '@/lib/openapi/document';
import { loadHomeView } from '@/lib/share/home-view';
import { generateDataset, type DatasetSize } from '../../scripts/bench/generate';
import { busiestSources, pageRows } from '../../scripts/bench/pages';
import { readRouteJs } from '../../scripts/bench/route-js';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { createContract } from './api-contract';

// 5 topics of 130 series: two pages each; 250 claimants and publishers: three pages of each.
const SIZE: DatasetSize = { series: 650, figures: 4000, claimants: 250, publishers: 250, events: 5, seed: 11 };
const PER_TOPIC = SIZE.series / 5;

let db: TestDatabase;
let server: AppServer;
const { call } = createContract(openApiDocument());

jest.setTimeout(180_000);

beforeAll(async () => {
  db = await createTestDatabase();
  const pool = createWritePool(db.url);
  await generateDataset(pool, SIZE, () => undefined).finally(() => pool.end());
  process.env.DATABASE_URL = db.url;
  server = await startAppServer({ databaseUrl: db.url });
});

afterAll(async () => {
  await server?.stop();
  await getPrisma().$disconnect();
  await db?.drop();
});

async function get(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${server.baseUrl}${path}`, { redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

const seriesLinks = (html: string) => html.match(/href="\/series\/bench-series-\d+"/g) ?? [];

describe('the dashboard', () => {
  it('lists the first series of each topic and how many the topic has', async () => {
    const view = await loadHomeView(null);
    expect(view.topics.map((t) => [t.topic, t.total])).toEqual(['munitions', 'troops', 'children', 'education', 'labour'].map((t) => [t, PER_TOPIC]));
    for (const group of view.topics) expect(group.series).toHaveLength(SERIES_PER_TOPIC_ON_HOME);
    expect(view.topics[0].series[0].figureCount).toBeGreaterThan(0);
  });

  it('links each topic’s page from a page whose size does not grow with the series', async () => {
    const { status, body } = await get('/');
    expect(status).toBe(200);
    expect(seriesLinks(body)).toHaveLength(5 * SERIES_PER_TOPIC_ON_HOME);
    expect(body).toContain(`href="/topics/troops">All ${PER_TOPIC} series in troops</a>`);
    expect(Buffer.byteLength(body)).toBeLessThan(200 * 1024);

    const pinned = await get('/?rev=1');
    expect(pinned.body).toContain('href="/topics/troops?rev=1"');
  });
});

describe('a topic’s pages', () => {
  it('pages the topic’s series, and shows the last page for one past the end', async () => {
    const first = await loadTopicView('troops', null, undefined);
    expect(first).toMatchObject({ page: 1, pages: 2, total: PER_TOPIC, notices: [] });
    expect(first?.series).toHaveLength(SERIES_PER_TOPIC_PAGE);
    const second = await loadTopicView('troops', null, '2');
    expect(second?.series).toHaveLength(PER_TOPIC - SERIES_PER_TOPIC_PAGE);
    expect(new Set([...(first?.series ?? []), ...(second?.series ?? [])].map((s) => s.slug)).size).toBe(PER_TOPIC);
    expect(await loadTopicView('troops', null, '9')).toMatchObject({ page: 2, notices: ['Ignored page=9: the topic troops has 2 pages; showing the last.'] });
    expect(await loadTopicView('troops', null, 'x')).toMatchObject({ page: 1, notices: ['Ignored page="x": a page is a whole number from 1.'] });
    expect(await loadTopicView('nothing', null, undefined)).toBeNull();
  });

  it('answers pages with links that keep the pinned revision, a notice for a bad page, and 404 for an unknown topic', async () => {
    const page = await get('/topics/troops?rev=1');
    expect(page.status).toBe(200);
    expect(seriesLinks(page.body)).toHaveLength(SERIES_PER_TOPIC_PAGE);
    expect(page.body).toContain('href="/topics/troops?rev=1&amp;page=2"');
    const second = await get('/topics/troops?rev=1&page=2');
    expect(second.body).toContain('href="/topics/troops?rev=1"');
    expect(seriesLinks(second.body)).toHaveLength(PER_TOPIC - SERIES_PER_TOPIC_PAGE);
    for (const bad of ['0', '-1', 'abc', '1e3', '99999999999', '%C3%28']) {
      const answer = await get(`/topics/troops?page=${bad}`);
      expect({ bad, status: answer.status < 500 }).toEqual({ bad, status: true });
      if (answer.status === 200) expect(answer.body).toContain('data-testid="url-notice"');
    }
    expect((await get('/topics/nothing')).status).toBe(404);
  });
});

describe('/sources', () => {
  it('pages claimants and publishers on their own, and finds them by name', async () => {
    const claimants = await getPrisma().claimant.count();
    const publishers = await getPrisma().publisher.count();
    expect(claimants).toBeGreaterThan(SOURCES_PER_PAGE);
    const view = await loadSourcesView({});
    expect(view.claimants).toMatchObject({ total: claimants, page: 1, pages: Math.ceil(claimants / SOURCES_PER_PAGE) });
    expect(view.claimants.items).toHaveLength(SOURCES_PER_PAGE);
    expect(view.publishers.items).toHaveLength(Math.min(publishers, SOURCES_PER_PAGE));
    const second = await loadSourcesView({ cpage: '2' });
    expect(second.query).toMatchObject({ claimantPage: 2, publisherPage: 1 });
    expect(second.claimants.items[0].id).not.toBe(view.claimants.items[0].id);
    const found = await loadSourcesView({ q: 'claimant 17' });
    expect(found.claimants.items.map((c) => c.name)).toContain('Claimant 17');
    expect(found.claimants.items.every((c) => c.name.toLowerCase().includes('claimant 17'))).toBe(true);
    expect(found.publishers.total).toBe(0);
    expect((await loadSourcesView({ ppage: 'two' })).notices).toEqual(['Ignored ppage="two": a page is a whole number from 1.']);
    expect((await loadSourcesView({ cpage: '99' })).notices).toEqual([`Ignored cpage=99: the list of claimants has ${view.claimants.pages} pages; showing the last.`]);
  });

  it('answers every page value with the page, never a 500', async () => {
    const page = await get('/sources');
    expect(page.status).toBe(200);
    expect(page.body).toContain('href="/sources?cpage=2#claimants-heading"');
    expect((page.body.match(/data-testid="claimant"/g) ?? []).length).toBe(SOURCES_PER_PAGE);
    for (const bad of ['0', '-1', 'abc', '99999999999', '999']) {
      const answer = await get(`/sources?cpage=${bad}&ppage=${bad}&q=%25_`);
      expect({ bad, status: answer.status }).toEqual({ bad, status: 200 });
    }
    expect((await get('/sources?q=Claimant%2017')).body).toContain('Claimant 17');
  });
});

describe('/api/v1/revisions', () => {
  it('pages the revisions and refuses page values it cannot use with a 400', async () => {
    const { response, json } = await call('/api/v1/revisions?limit=5');
    expect(response.status).toBe(200);
    const body = json as { data: { id: number }[]; page: { total: number; next: string | null } };
    expect(body.data.map((r) => r.id)).toEqual([23, 22, 21, 20, 19]);
    expect(body.page).toMatchObject({ total: 23, next: '/api/v1/revisions?limit=5&offset=5' });
    const last = (await call('/api/v1/revisions?limit=5&offset=20')).json as { data: { id: number }[]; page: { next: string | null } };
    expect(last.data.map((r) => r.id)).toEqual([3, 2, 1]);
    expect(last.page.next).toBeNull();
    expect(((await call('/api/v1/revisions?offset=500')).json as { data: unknown[] }).data).toEqual([]);
    for (const bad of ['limit=0', 'limit=1001', 'limit=x', 'offset=-1', 'offset=1.5', 'page=2']) {
      const answer = await call(`/api/v1/revisions?${bad}`);
      expect({ bad, status: answer.response.status }).toEqual({ bad, status: 400 });
    }
  });
});

describe('npm run bench', () => {
  it('times the listing pages on the generated data, and reads each page’s JavaScript from the build', async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const sources = await busiestSources(client).finally(() => client.end());
    expect(sources.claimant.figureCount).toBeGreaterThan(0);
    const rows = await pageRows(server.baseUrl, SIZE, sources, 2);
    const claimant = `GET /sources/claimants/${sources.claimant.id}`;
    const publisher = `GET /sources/publishers/${sources.publisher.id}`;
    const starts = ['GET /,', 'GET /topics/', 'GET /series/', 'GET /sources,', `${claimant},`, `${claimant}?page=`, `${publisher},`, `${publisher}?page=`, 'GET /api/v1/revisions'];
    expect(rows.map((r) => [starts.find((start) => r.what.startsWith(start)), /\((rendered|answer cache)\)$/.exec(r.what)?.[1]])).toEqual(
      starts.flatMap((start) => [[start, 'rendered'], [start, 'answer cache']]),
    );
    for (const row of rows) expect(row.summary).toMatchObject({ runs: 2, median: expect.any(Number) });

    const js = readRouteJs();
    const byRoute = new Map(js.map((r) => [r.route, r]));
    for (const route of ['/', '/series/[slug]', '/sources', '/topics/[topic]', '/explore']) {
      expect(byRoute.get(route)?.gzipBytes).toBeGreaterThan(10_000);
    }
    expect(js.every((r) => r.chartGzipBytes <= r.gzipBytes)).toBe(true);
  });
});
