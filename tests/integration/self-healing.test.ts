// npm start as a user runs it (its own embedded PostgreSQL in a data folder, the build served as is),
// with its database killed under it: the dashboard answers 503 with Retry-After while the database is
// gone, the watchdog starts it again and says so, and pages answer 200 within 5 s of its return,
// without the dashboard being restarted.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/app-server';
import { raw } from '../helpers/raw-http';

jest.setTimeout(240_000);

const TSX = path.join('node_modules', '.bin', 'tsx');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dataDir: string;
let app: ChildProcess;
let output = '';
let baseUrl: string;

async function until<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs: number, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe().catch(() => null);
    if (found !== null && found !== undefined) return found;
    await sleep(everyMs);
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms; the app said:\n${output.slice(-3000)}`);
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'sf-self-healing-'));
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, SF_DATA_DIR: dataDir, SF_EMBEDDED_PORT: '0', PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  app = spawn(TSX, ['scripts/start.ts', '--no-build'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  app.stdout?.on('data', collect);
  app.stderr?.on('data', collect);
  await until('the dashboard starting', async () => (output.includes('dashboard on') ? true : null), 180_000, 200);
}, 240_000);

afterAll(async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.once('exit', resolve));
    app.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0]);

it('answers 503 while its database is dead, restarts it, and serves pages again within 5 s of its return', async () => {
  expect((await raw(baseUrl, '/sources')).status).toBe(200);
  const pid = postmasterPid();
  process.kill(pid, 'SIGKILL');

  const outage = await until('a 503', async () => {
    const response = await raw(baseUrl, '/api/v1/series');
    return response.status === 503 ? response : null;
  }, 10_000, 20);
  expect(outage.headers['retry-after']).toBe('5');
  expect(JSON.parse(outage.text).error.code).toBe('unavailable');

  await until('the restart', async () => (/embedded PostgreSQL is running again on port \d+/.test(output) ? true : null), 60_000);
  const back = Date.now();
  expect(output).toMatch(new RegExp(`embedded PostgreSQL \\(pid ${pid}\\) stopped unexpectedly; restarting it \\(restart 1 of at most 5 in 10 minutes\\)`));
  await until('a page again', async () => ((await raw(baseUrl, '/sources')).status === 200 ? true : null), 5_000);
  expect(Date.now() - back).toBeLessThan(5_000);
  expect((await raw(baseUrl, '/api/v1/series')).status).toBe(200);
  expect(postmasterPid()).not.toBe(pid);
  // The same dashboard answered throughout: it was started once.
  expect(output.match(/dashboard on/g)).toHaveLength(1);
});

it('stops the dashboard and the restarted database on SIGTERM', async () => {
  const pid = postmasterPid();
  const exited = new Promise((resolve) => app.once('close', resolve));
  app.kill('SIGTERM');
  await exited;
  expect(existsSync(path.join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(false);
  expect(() => process.kill(pid, 0)).toThrow();
});
