// Runs the built app against a given database, as `npm start` serves it (scripts/web-server.ts: Next.js
// behind the site's own web server), for HTTP and browser tests. The server runs in its own process
// group, so that nothing it starts outlives it holding the port.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface AppServer {
  baseUrl: string;
  /** The server's process id, e.g. to read its memory. */
  pid: number;
  /** The last few kilobytes the server printed (its log lines). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartAppServerOptions {
  databaseUrl: string;
  /** How long to wait for the first answer; a cold start takes a few seconds. */
  timeoutMs?: number;
  /** The session-signing secret; a random one by default. Servers that share sessions share it. */
  authSecret?: string;
  /** Settings of lib/env.ts for this server, e.g. SITE_URL. */
  env?: Record<string, string>;
  /** The port to listen on; a free one by default. */
  port?: number;
}

/**
 * The settings of a server behind one reverse proxy, which tests play by sending X-Forwarded-For: each
 * sign-in of tests/helpers/accounts.ts then counts against an address of its own, and the writes of
 * a test that makes many are not refused by the per-address limit it is not about.
 */
export const BEHIND_A_PROXY: Record<string, string> = { TRUSTED_PROXIES: '1', WRITE_LIMIT_PER_MINUTE: '10000' };

/** A fresh secret, as `npm start` generates one at first start. */
export function randomAuthSecret(): string {
  return randomBytes(32).toString('base64url');
}

const WEB_SERVER = path.join(process.cwd(), 'scripts', 'web-server.ts');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startAppServer({ databaseUrl, timeoutMs = 60_000, authSecret = randomAuthSecret(), env = {}, port: chosenPort }: StartAppServerOptions): Promise<AppServer> {
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    throw new Error('No production build in .next: run `next build` first (`npm test` does)');
  }
  const port = chosenPort ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', WEB_SERVER], {
    cwd: process.cwd(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: authSecret,
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
  });
  // Kept for the error message if the server never answers.
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const done = exited(child);
    // Escalate if the server ignores SIGTERM; the timer is cleared so Jest can exit promptly.
    const escalation = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await done;
    clearTimeout(escalation);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the web server exited with code ${child.exitCode}:\n${output}`);
    }
    try {
      // Any HTTP answer means the server is up; this path is a 404 that needs no database.
      await fetch(`${baseUrl}/__ready`, { signal: AbortSignal.timeout(2000) });
      return { baseUrl, pid: child.pid as number, output: () => output, stop };
    } catch {
      await sleep(200);
    }
  }
  await stop();
  throw new Error(`the web server did not answer on ${baseUrl} within ${timeoutMs} ms:\n${output}`);
}
