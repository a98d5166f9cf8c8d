// npm run bench: how fast the explorer is at 10,000 series and 1,000,000 figures.
//
// Generates the dataset (seeded, see scripts/bench/generate.ts) into a separate embedded PostgreSQL
// under the system temp folder, reused by later runs (migrated to the app's schema first); times the
// explorer's queries in this process, and the model the page builds from their figures; then runs
// the built app against that database and times whole /explore responses (every panel drawn in
// them), beside a static page of the same server, interleaved so that all see the same machine. Requests go to 127.0.0.1 only, one at a time, a bounded number of them.
//
// Then the pages that list things (scripts/bench/pages.ts): the dashboard, a topic's page, a series
// page, /sources, the busiest claimant's and publisher's pages and the revisions API; and the gzipped JavaScript each page of the build loads
// (scripts/bench/route-js.ts).
//
// Last, it opens the explorer in Chromium (the one tests/helpers/find-browser.ts finds) and times a
// fresh tab until the charts are drawn.
//
// First, the importer: 100,000 generated figure rows validated and written into a fresh database,
// then imported again unchanged (scripts/bench/import.ts), each in a child process whose peak memory
// is reported.
//
// Options: --runs N (timed runs per row, default 200; 30 with --small), --fresh (generate the dataset
// again), --small (1,000 series and 100,000 figures, one import round: a quick check), --no-browser
// (skip Chromium), --import-only (only the importer's rows; no build, no dataset), --no-import,
// --import-runs N (rounds of the importer's rows, default 3; 1 with --small).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createPrismaClient } from '@/lib/db';
import { createWritePool } from '@/lib/dataset/pool';
import { DATABASE_NAME, freePort, startEmbedded } from '@/lib/database/embedded';
import { applyMigrations } from '@/lib/database/migrate';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { listEvents } from '@/lib/queries/list-events';
import { listSeriesBySlugs } from '@/lib/queries/list-series-by-slugs';
import { buildExplorerModel } from '@/lib/figures/explorer-series';
import { startAppServer } from '../tests/helpers/app-server';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser';
import { benchSlug, DEFAULT_SIZE, datasetKey, generateDataset, readDatasetKey, SMALL_SIZE, type DatasetSize } from './bench/generate';
import { extractionRow } from './bench/extraction';
import { benchImport } from './bench/import';
import { pickDistinct, seededRandom, summarize, timed, timeGet, type Summary } from './bench/measure';
import { busiestSources, pageRows } from './bench/pages';
import { readRouteJs, routeJsTable } from './bench/route-js';
import { log, run } from './cli';
import { DEFAULT_VIEW_STATE, viewStateHref } from '@/lib/view-state';

const SERIES_COUNTS = [1, 5, 20] as const;
/** Browser loads per row: each takes seconds on a small machine. */
const BROWSER_RUNS = 7;
const STATIC_PATH = '/explore/about';
const IMPORT_ROWS = 100_000;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/**
 * BROWSER_RUNS fresh tabs (nothing cached) of `url()`, each polled every frame by `drawn` until it returns
 * [time, count] or [time, count, time of an earlier moment it noted on the way]: the samples of the
 * first and, when given, of the third, with the count of the last run.
 */
async function freshTabUntil(
  browser: Browser,
  url: () => string,
  drawn: (arg: number | undefined) => [number, number] | [number, number, number] | 0,
  arg?: number,
): Promise<{ samples: number[]; earlier: number[]; found: number }> {
  const samples: number[] = [];
  const earlier: number[] = [];
  let found = 0;
  for (let i = 0; i < BROWSER_RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(url(), { waitUntil: 'commit' });
    const done = await tab.waitForFunction(drawn, arg, { polling: 'raf', timeout: 120_000 });
    const [ms, count, before] = (await done.jsonValue()) as [number, number, number?];
    samples.push(ms);
    if (before !== undefined) earlier.push(before);
    found = count;
    await context.close();
  }
  return { samples, earlier, found };
}

function ensureBuild(): void {
  if (existsSync(path.join('.next', 'BUILD_ID'))) return;
  log('no production build in .next: running next build first');
  const result = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed');
}

async function prepareDatabase(adminUrl: string, size: DatasetSize, fresh: boolean): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE_NAME}`;
  const databaseUrl = url.toString();
  const probe = new Client({ connectionString: databaseUrl });
  await probe.connect();
  const key = await readDatasetKey(probe);
  await probe.end();
  if (!fresh && key === datasetKey(size)) {
    log(`reusing the generated dataset (${key})`);
    // The dataset may predate a migration of the app it is measured with.
    await applyMigrations(databaseUrl);
    return databaseUrl;
  }
  log(`generating ${size.series.toLocaleString('en-US')} series and ${size.figures.toLocaleString('en-US')} figures (seed ${size.seed})`);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(DATABASE_NAME)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(DATABASE_NAME)}`);
  await admin.end();
  await applyMigrations(databaseUrl);
  const pool = createWritePool(databaseUrl);
  try {
    await generateDataset(pool, size, log);
  } finally {
    await pool.end();
  }
  return databaseUrl;
}

interface Row {
  what: string;
  series: string;
  summary: Summary;
  size: string;
}

function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

function table(rows: Row[]): string {
  const header = ['what', 'series', 'runs', 'median ms', 'p99 ms', 'size'];
  const lines = rows.map((r) => [r.what, r.series, String(r.summary.runs), formatMs(r.summary.median), formatMs(r.summary.p99), r.size]);
  const widths = header.map((h, i) => lines.reduce((widest, l) => Math.max(widest, l[i].length), h.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i >= 2 && i <= 4 ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`, ...lines.map(line)].join('\n');
}

function importRows(first: { ms: number; peakRssMb: number }[], again: { ms: number; peakRssMb: number }[]): Row[] {
  const describe = (runs: { ms: number; peakRssMb: number }[]) => {
    const summary = summarize(runs.map((r) => r.ms));
    const peak = runs.reduce((max, r) => Math.max(max, r.peakRssMb), 0);
    return { summary, size: `${Math.round(IMPORT_ROWS / (summary.median / 1000)).toLocaleString('en-US')} rows/s, peak RSS ${Math.round(peak)} MB` };
  };
  return [
    { what: `import ${IMPORT_ROWS.toLocaleString('en-US')} figure rows: read, validate, write (npm run db:import)`, series: '–', ...describe(first) },
    { what: 'import the same file again: nothing changes, nothing is written', series: '–', ...describe(again) },
  ];
}

async function report(rows: Row[], title: string, footer: string): Promise<void> {
  const output = [
    title,
    `command: npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}; Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}, embedded PostgreSQL; full range, chart view, random series per run; requests one at a time on 127.0.0.1`,
    '',
    table(rows),
    '',
    footer,
  ].join('\n');
  console.log(`\n${output}\n`);
  await mkdir('bench-results', { recursive: true });
  const file = path.join('bench-results', `explore-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  await writeFile(file, `${output}\n`);
  log(`written to ${file}`);
}

async function main(): Promise<void> {
  const small = process.argv.includes('--small');
  const importOnly = process.argv.includes('--import-only');
  const runs = Number(option('runs') ?? (small ? 30 : 200));
  const size: DatasetSize = small ? SMALL_SIZE : DEFAULT_SIZE;
  if (!importOnly) ensureBuild();

  const root = path.join(os.tmpdir(), `sourced-figures-bench-${size.series}`);
  const database = await startEmbedded({ root, port: await freePort(), log: () => undefined });
  log(`bench database: ${database.describe}`);
  const rows: Row[] = [];
  try {
    const adminUrl = database.url.replace(/\/[^/]+$/, '/postgres');
    if (!process.argv.includes('--no-import')) {
      log(`importer: ${IMPORT_ROWS.toLocaleString('en-US')} figure rows`);
      const { first, again } = await benchImport(adminUrl, IMPORT_ROWS, Number(option('import-runs') ?? (small ? 1 : 3)), log);
      for (const row of importRows(first, again)) rows.push(row);
    }
    if (importOnly) {
      await report(rows, 'Importer benchmark', 'Targets: 100,000 rows in under 5 s (>= 20,000 rows/s) and under 500 MB; unchanged again in under 3 s.');
      return;
    }
    rows.push(extractionRow(Math.max(20, Math.round(runs / 4))));
    const databaseUrl = await prepareDatabase(adminUrl, size, process.argv.includes('--fresh'));
    const counts = new Client({ connectionString: databaseUrl });
    await counts.connect();
    const { rows: [stats] } = await counts.query(
      `SELECT (SELECT count(*) FROM series)::int AS series, (SELECT count(*) FROM figures)::int AS figures,
              (SELECT count(*) FROM figure_versions)::int AS versions, (SELECT max(id) FROM dataset_revisions)::int AS revision`,
    );
    const sources = await busiestSources(counts);
    await counts.end();

    // The explorer's query, in this process, as the /explore page makes it: every chosen series over the
    // full range (the figures, then the claimants and publishers they name). The series themselves are
    // looked up by slug first; that lookup is timed in a row of its own.
    const prisma = createPrismaClient(databaseUrl);
    const next = seededRandom(size.seed);
    const noRange = { from: null, to: null };
    const lookup = (count: number) => listSeriesBySlugs(pickDistinct(next, count, size.series).map(benchSlug), prisma);
    for (let i = 0; i < 30; i += 1) await getExplorerData({ series: await lookup(20), range: noRange, asOfRevision: null }, prisma);
    for (const count of SERIES_COUNTS) {
      const samples: number[] = [];
      const lookups: number[] = [];
      let figures = 0;
      for (let i = 0; i < runs; i += 1) {
        const found = await timed(() => lookup(count));
        const { ms, value } = await timed(() => getExplorerData({ series: found.value, range: noRange, asOfRevision: null }, prisma));
        lookups.push(found.ms);
        samples.push(ms);
        figures += value.figures.length;
      }
      rows.push({ what: 'explorer query (getExplorerData)', series: String(count), summary: summarize(samples), size: `${Math.round(figures / runs)} figures` });
      rows.push({ what: 'the series looked up by slug before it (listSeriesBySlugs)', series: String(count), summary: summarize(lookups), size: '' });
    }
    // What the page then does with them: build the charts' model.
    for (const count of SERIES_COUNTS) {
      const samples: number[] = [];
      for (let i = 0; i < Math.max(20, Math.round(runs / 4)); i += 1) {
        const series = await listSeriesBySlugs(pickDistinct(next, count, size.series).map(benchSlug), prisma);
        const [{ figures }, events] = await Promise.all([
          getExplorerData({ series, range: noRange, asOfRevision: null }, prisma),
          listEvents({ topics: [...new Set(series.map((s) => s.topic))], range: noRange, asOfRevision: null }, prisma),
        ]);
        samples.push((await timed(async () => buildExplorerModel({ series, figures, events, range: noRange, mode: 'absolute' }))).ms);
      }
      rows.push({ what: 'buildExplorerModel (on the server, in each /explore answer)', series: String(count), summary: summarize(samples), size: '' });
    }
    await prisma.$disconnect();

    // Whole responses from the built app, interleaved with a static page of the same server: /explore
    // for 1, 5 and 20 series, each with every panel drawn in it. Each body is checked, so an error page
    // can never pass for a fast answer.
    const server = await startAppServer({ databaseUrl });
    try {
      const pick = (count: number) => pickDistinct(next, count, size.series).map(benchSlug);
      const pageUrl = (slugs: string[]) => `${server.baseUrl}${viewStateHref('/explore', { ...DEFAULT_VIEW_STATE, series: slugs })}`;
      const checkPage = (count: number) => (body: string) =>
        body.includes('id="results-heading"') && !body.includes('data-testid="error-state"') && body.split('data-testid="explorer-panel"').length - 1 === count;
      for (let i = 0; i < 20; i += 1) {
        await timeGet(`${server.baseUrl}${STATIC_PATH}`);
        for (const count of SERIES_COUNTS) {
          const slugs = pick(count);
          await timeGet(pageUrl(slugs));
        }
      }
      const httpRuns = Math.max(20, Math.round(runs / 2));
      const samples = new Map<string, { ms: number[]; bytes: number[] }>();
      const record = (key: string, result: { ms: number; bytes: number; status: number; body: string }, valid: (body: string) => boolean) => {
        if (result.status !== 200 || !valid(result.body)) throw new Error(`${key} answered ${result.status} without the expected content`);
        const entry = samples.get(key) ?? { ms: [], bytes: [] };
        entry.ms.push(result.ms);
        entry.bytes.push(result.bytes);
        samples.set(key, entry);
        return result;
      };
      for (let i = 0; i < httpRuns; i += 1) {
        record('static', await timeGet(`${server.baseUrl}${STATIC_PATH}`), (body) => body.includes('</html>'));
        for (const count of SERIES_COUNTS) {
          record(`page ${count}`, await timeGet(pageUrl(pick(count))), checkPage(count));
        }
      }
      const kb = (bytes: number[]) => `${Math.round(bytes.reduce((a, b) => a + b, 0) / bytes.length / 1024)} kB`;
      const staticEntry = samples.get('static') as { ms: number[]; bytes: number[] };
      const staticSummary = summarize(staticEntry.ms);
      for (const count of SERIES_COUNTS) {
        const entry = samples.get(`page ${count}`) as { ms: number[]; bytes: number[] };
        const summary = summarize(entry.ms);
        rows.push({ what: `GET /explore, whole response, every panel drawn (${(summary.median / staticSummary.median).toFixed(1)}× static)`, series: String(count), summary, size: kb(entry.bytes) });
      }
      rows.push({ what: `GET ${STATIC_PATH}, static page, same server`, series: '–', summary: staticSummary, size: kb(staticEntry.bytes) });
      // The pages and answers that list things: the dashboard, a topic, a series page, /sources, a claimant's and a publisher's pages, the revisions API.
      for (const row of await pageRows(server.baseUrl, size, sources, httpRuns)) rows.push(row);

      // What a reader waits for: a fresh Chromium tab (nothing cached) from the request until every
      // panel has drawn its points. The browser shares the two cores with the server and the database.
      if (!process.argv.includes('--no-browser')) {
        const browser = await launchBrowser();
        try {
          for (const count of SERIES_COUNTS) {
            // The first frame with the first panel's points is noted on the way (on the window, which
            // the polled function sees from frame to frame), then the frame with every panel's.
            const { samples, earlier } = await freshTabUntil(
              browser,
              () => pageUrl(pick(count)),
              (panels = 0) => {
                const noted = window as unknown as { firstPanelAt?: number };
                const figures = document.querySelectorAll('figure[data-testid="explorer-panel"]');
                if (figures[0]?.querySelector('[data-testid="chart-point"]')) noted.firstPanelAt ??= performance.now();
                const all = figures.length === panels && [...figures].every((figure) => figure.querySelector('[data-testid="chart-point"]') !== null);
                return all ? [performance.now(), panels, noted.firstPanelAt ?? performance.now()] : 0;
              },
              count,
            );
            rows.push({ what: 'Chromium: fresh tab until the first panel is drawn', series: String(count), summary: summarize(earlier), size: '' });
            rows.push({ what: 'Chromium: fresh tab until every panel is drawn', series: String(count), summary: summarize(samples), size: '' });
          }
          // The dashboard: until the page is in and each of its headline charts has its points (the
          // generated dataset names no headline series unless an editor set some: then the page alone).
          const home = await freshTabUntil(
            browser,
            () => `${server.baseUrl}/`,
            () => {
              const charts = [...document.querySelectorAll('figure[data-testid="series-chart"]')];
              const done = document.getElementById('all-series') !== null && charts.every((chart) => chart.querySelector('[data-testid="chart-point"]') !== null);
              return done ? [performance.now(), charts.length] : 0;
            },
          );
          rows.push({ what: 'Chromium: fresh tab of / until every headline chart is drawn', series: '–', summary: summarize(home.samples), size: `${home.found} charts` });
        } finally {
          await browser.close();
        }
      }
    } finally {
      await server.stop();
    }

    await report(
      rows,
      `Explorer benchmark: ${stats.series.toLocaleString('en-US')} series, ${stats.figures.toLocaleString('en-US')} figures (${stats.versions.toLocaleString('en-US')} versions), seed ${size.seed}`,
      'Targets: explorer query under 25 ms median; 100,000 rows imported in under 5 s and under 500 MB, unchanged again in under 3 s.\n' +
        'Targets at bench size: every page and API answer under 100 ms median (/explore included, drawn whole on the server); the dashboard under 200 kB; a fresh tab draws every chart of a 5-series view within 600 ms, the first panel of a 20-series view within 600 ms and every panel within 1.5 s.\n\n' +
        `JavaScript each page loads on a first visit, gzipped, from the build in .next (scripts/bench/route-js.ts); targets: at most 150 kB on a chart page, no chart code elsewhere.\n\n${routeJsTable(readRouteJs())}`,
    );
  } finally {
    await database.stop();
  }
}

run(main);
