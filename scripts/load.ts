// npm run load: the dashboard under load, as npm start serves it. Starts the built app (building it
// first if there is no build) on its own embedded PostgreSQL with the seed data, in the system temp
// folder, and drives each route with autocannon from this process: by default 60 s at 100
// connections per route, in three rounds, printing requests/s, p50 and p99 latency, errors and
// non-2xx answers per route, and the server's memory (RSS) after each round. It then checks the
// targets (0 errors, 0 5xx, / at 500 req/s or more with p99 at most 250 ms, memory after the last
// round within 1.5 times the first) and exits 1 if one is missed.
//
// Options: --duration S (per route, default 60), --connections N (default 100), --rounds N (default 3),
// --url URL (load a server that is already running instead; --pid PID to read its memory).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { freePort, startEmbedded } from '@/lib/database/embedded';
import { applyMigrations } from '@/lib/database/migrate';
import { syncSeedData } from '@/lib/database/prepare';
import { startAppServer } from '../tests/helpers/app-server';
import { log, run } from './cli';

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

/** The server's resident memory in MB, from /proc (Linux) or ps. */
function memoryMb(pid: number): number | null {
  const status = `/proc/${pid}/status`;
  if (existsSync(status)) {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  }
  const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  const kb = Number(ps.stdout.trim());
  return Number.isFinite(kb) && kb > 0 ? Math.round(kb / 1024) : null;
}

function ensureBuild(): void {
  if (existsSync(path.join('.next', 'BUILD_ID'))) return;
  log('no production build in .next: running next build first');
  const result = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('next build failed');
}

interface Row {
  route: string;
  result: Result;
}

function table(rows: Row[]): string {
  const header = ['route', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'non-2xx', '5xx'];
  const lines = rows.map(({ route, result }) => [
    route,
    result.requests.average.toFixed(0),
    String(result.latency.p50),
    String(result.latency.p99),
    String(result.requests.total),
    String(result.errors + result.timeouts),
    String(result.non2xx),
    String(result['5xx']),
  ]);
  const widths = header.map((h, i) => lines.reduce((widest, line) => Math.max(widest, line[i].length), h.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...lines.map(line)].join('\n');
}

run(async () => {
  const duration = numberOption('duration', 60);
  const connections = numberOption('connections', 100);
  const rounds = numberOption('rounds', 3);
  let baseUrl = option('url');
  let pid = option('pid') ? Number(option('pid')) : null;
  const stops: (() => Promise<void>)[] = [];

  try {
    if (!baseUrl) {
      ensureBuild();
      const root = path.join(os.tmpdir(), 'sourced-figures-load');
      mkdirSync(root, { recursive: true });
      const database = await startEmbedded({ root, port: await freePort() });
      stops.push(() => database.stop());
      await applyMigrations(database.url);
      await syncSeedData(database.url, log);
      const server = await startAppServer({ databaseUrl: database.url });
      stops.unshift(() => server.stop());
      baseUrl = server.baseUrl;
      pid = server.pid;
    }
    const latest = (await (await fetch(`${baseUrl}/api/v1/revisions?limit=1`)).json()) as { data: { id: number }[] };
    const rev = latest.data[0]?.id ?? 1;
    const routes = [
      '/',
      '/series/troops-deployed',
      '/explore?s=troops-deployed,troop-casualties',
      `/explore/figures?s=troops-deployed,troop-casualties&rev=${rev}`,
      '/api/v1/series/troops-deployed/figures',
    ];
    log(`${baseUrl}: ${routes.length} routes, ${duration} s each at ${connections} connections, ${rounds} rounds (npm run load -- --duration ${duration} --connections ${connections} --rounds ${rounds})`);

    const memory: (number | null)[] = [];
    const all: Row[][] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const rows: Row[] = [];
      for (const route of routes) rows.push({ route, result: await autocannon({ url: `${baseUrl}${route}`, connections, duration }) });
      all.push(rows);
      memory.push(pid === null ? null : memoryMb(pid));
      console.log(`\nRound ${round} of ${rounds}\n${table(rows)}\nserver memory (RSS) after the round: ${memory.at(-1) ?? 'unknown'} MB`);
    }

    const misses: string[] = [];
    for (const [index, rows] of all.entries()) {
      for (const { route, result } of rows) {
        if (result.errors + result.timeouts > 0) misses.push(`round ${index + 1}, ${route}: ${result.errors + result.timeouts} errors`);
        if (result['5xx'] > 0) misses.push(`round ${index + 1}, ${route}: ${result['5xx']} answers 5xx`);
      }
      const home = rows.find((r) => r.route === '/')?.result;
      if (home && home.requests.average < 500) misses.push(`round ${index + 1}, /: ${home.requests.average.toFixed(0)} req/s, below 500`);
      if (home && home.latency.p99 > 250) misses.push(`round ${index + 1}, /: p99 ${home.latency.p99} ms, above 250`);
    }
    const first = memory[0];
    const last = memory.at(-1);
    if (first && last && last > first * 1.5) misses.push(`memory grew from ${first} MB to ${last} MB, more than 1.5 times`);
    console.log(misses.length === 0 ? '\nEvery target met.' : `\nTargets missed:\n${misses.map((m) => `- ${m}`).join('\n')}`);
    if (misses.length > 0) process.exitCode = 1;
  } finally {
    for (const stop of stops) await stop();
  }
});
