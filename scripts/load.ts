// npm run load: the dashboard under load, as npm start serves it. Starts the built app (building it
// first if there is no build) on its own embedded PostgreSQL with the seed data, in the system temp
// folder, and drives each route with autocannon from this process: by default 60 s at 100
// connections per route, in three rounds, printing requests/s, p50 and p99 latency, errors and
// non-2xx answers per route, and the server's memory (RSS) after each round. It then checks the
// targets (0 errors, 0 5xx, / at 500 req/s or more with p99 at most 250 ms, memory after the last
// round within 1.5 times the first) and exits 1 if one is missed.
//
// Options: --duration S (per route, default 60), --connections N (default 100), --rounds N (default 3),
// --url URL (load a server that is already running instead; --pid PID to read its memory),
// --instances N (default 1): with more than one, N web servers run on the one database, as behind a
// load balancer (docs/deploy.md), and each route is measured twice per round, on one instance and then
// with the connections spread over all N at once, printed side by side. autocannon runs in this
// process: on a small machine it competes with the servers for the same cores.
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

/** Runs that went on at once, as one: requests add up; the slowest run's percentiles stand for all. */
function combine(results: Result[]): Result {
  const sum = (pick: (r: Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  const worst = (pick: (r: Result) => number) => results.reduce((most, r) => Math.max(most, pick(r)), 0);
  const first = results[0];
  return {
    ...first,
    requests: { ...first.requests, average: sum((r) => r.requests.average), total: sum((r) => r.requests.total) },
    latency: { ...first.latency, p50: worst((r) => r.latency.p50), p99: worst((r) => r.latency.p99), max: worst((r) => r.latency.max) },
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    '5xx': sum((r) => r['5xx']),
  };
}

/** One route at `connections` spread evenly over `urls`, all at once. */
async function measure(urls: string[], route: string, connections: number, duration: number): Promise<Result> {
  const share = (index: number) => Math.floor(connections / urls.length) + (index < connections % urls.length ? 1 : 0);
  return combine(await Promise.all(urls.map((url, index) => autocannon({ url: `${url}${route}`, connections: share(index), duration }))));
}

function sideBySide(one: Row[], many: Row[], instances: number): string {
  const header = ['route', '1 instance req/s', 'p50 ms', 'p99 ms', `${instances} instances req/s`, 'p50 ms', 'p99 ms', 'errors', '5xx'];
  const lines = one.map(({ route, result }, index) => {
    const spread = many[index].result;
    return [
      route,
      result.requests.average.toFixed(0),
      String(result.latency.p50),
      String(result.latency.p99),
      spread.requests.average.toFixed(0),
      String(spread.latency.p50),
      String(spread.latency.p99),
      String(result.errors + result.timeouts + spread.errors + spread.timeouts),
      String(result['5xx'] + spread['5xx']),
    ];
  });
  return formatTable(header, lines);
}

function table(rows: Row[]): string {
  const header = ['route', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'non-2xx', '5xx'];
  return formatTable(header, rows.map(({ route, result }) => [
    route,
    result.requests.average.toFixed(0),
    String(result.latency.p50),
    String(result.latency.p99),
    String(result.requests.total),
    String(result.errors + result.timeouts),
    String(result.non2xx),
    String(result['5xx']),
  ]));
}

function formatTable(header: string[], lines: string[][]): string {
  const widths = header.map((h, i) => lines.reduce((widest, line) => Math.max(widest, line[i].length), h.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...lines.map(line)].join('\n');
}

run(async () => {
  const duration = numberOption('duration', 60);
  const connections = numberOption('connections', 100);
  const rounds = numberOption('rounds', 3);
  const instances = numberOption('instances', 1);
  let baseUrl = option('url');
  if (baseUrl && instances > 1) throw new Error('--instances starts its own servers: leave out --url');
  let pid = option('pid') ? Number(option('pid')) : null;
  const stops: (() => Promise<void>)[] = [];
  const urls: string[] = [];

  try {
    if (!baseUrl) {
      ensureBuild();
      const root = path.join(os.tmpdir(), 'sourced-figures-load');
      mkdirSync(root, { recursive: true });
      const database = await startEmbedded({ root, port: await freePort() });
      stops.push(() => database.stop());
      await applyMigrations(database.url);
      await syncSeedData(database.url, log);
      const servers = await Promise.all(Array.from({ length: instances }, () => startAppServer({ databaseUrl: database.url })));
      for (const server of servers) stops.unshift(() => server.stop());
      for (const server of servers) urls.push(server.baseUrl);
      baseUrl = servers[0].baseUrl;
      pid = servers[0].pid;
    }
    const latest = (await (await fetch(`${baseUrl}/api/v1/revisions?limit=1`)).json()) as { data: { id: number }[] };
    const rev = latest.data[0]?.id ?? 1;
    const routes = [
      '/',
      '/series/troops-deployed',
      '/explore?s=troops-deployed,troop-casualties',
      `/explore?s=troops-deployed,troop-casualties&rev=${rev}`,
      '/api/v1/series/troops-deployed/figures',
    ];
    const command = `npm run load -- --duration ${duration} --connections ${connections} --rounds ${rounds}${instances > 1 ? ` --instances ${instances}` : ''}`;
    log(`${urls.length > 1 ? urls.join(' and ') : baseUrl}: ${routes.length} routes, ${duration} s each at ${connections} connections, ${rounds} rounds (${command})`);

    const memory: (number | null)[] = [];
    const all: Row[][] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const rows: Row[] = [];
      const spread: Row[] = [];
      for (const route of routes) {
        rows.push({ route, result: await measure([baseUrl], route, connections, duration) });
        if (instances > 1) spread.push({ route, result: await measure(urls, route, connections, duration) });
      }
      all.push(rows);
      if (instances > 1) all.push(spread);
      memory.push(pid === null ? null : memoryMb(pid));
      const shown = instances > 1 ? sideBySide(rows, spread, instances) : table(rows);
      console.log(`\nRound ${round} of ${rounds}\n${shown}\nserver memory (RSS) after the round: ${memory.at(-1) ?? 'unknown'} MB`);
    }

    const misses: string[] = [];
    for (const [index, rows] of all.entries()) {
      const round = instances > 1 ? `round ${Math.floor(index / 2) + 1}${index % 2 ? `, ${instances} instances` : ', 1 instance'}` : `round ${index + 1}`;
      for (const { route, result } of rows) {
        if (result.errors + result.timeouts > 0) misses.push(`${round}, ${route}: ${result.errors + result.timeouts} errors`);
        if (result['5xx'] > 0) misses.push(`${round}, ${route}: ${result['5xx']} answers 5xx`);
      }
      const home = rows.find((r) => r.route === '/')?.result;
      if (home && home.requests.average < 500) misses.push(`${round}, /: ${home.requests.average.toFixed(0)} req/s, below 500`);
      if (home && home.latency.p99 > 250) misses.push(`${round}, /: p99 ${home.latency.p99} ms, above 250`);
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
