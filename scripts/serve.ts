// npm start / npm run dev: database (embedded unless DATABASE_URL is set), migrations, the seed rows
// the database lacks, the auth secret (BETTER_AUTH_SECRET, or one generated at first start under the
// data folder), then Next.js. Ctrl-C or SIGTERM stops Next.js first and the embedded PostgreSQL after it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { dataRoot } from '@/lib/database/embedded';
import { openMigratedDatabase, syncSeedData } from '@/lib/database/prepare';
import { validateAppEnv } from '@/lib/env';
import { log } from './cli';

const NEXT = path.join('node_modules', '.bin', 'next');
const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'instrumentation.ts', 'next.config.ts', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];
const FINGERPRINT_FILE = path.join('.next', 'sourced-figures-build');

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true }).flatMap((d) => listFiles(path.join(entry, d.name)));
}

/** A hash of every file the build depends on, so `npm start` rebuilds after a pull but not on every start. */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of BUILD_INPUTS.flatMap(listFiles).sort()) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex');
}

function ensureBuild(): void {
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join('.next', 'BUILD_ID')) && existsSync(FINGERPRINT_FILE) && readFileSync(FINGERPRINT_FILE, 'utf8') === fingerprint;
  if (built) return;
  log('building the app (first start, or the sources changed)...');
  const result = spawnSync(NEXT, ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('next build failed');
  writeFileSync(FINGERPRINT_FILE, fingerprint);
}

export async function serve(mode: 'start' | 'dev'): Promise<void> {
  const auth = await resolveAuthSecret(dataRoot());
  const database = await openMigratedDatabase(log);
  // Signals may arrive before Next.js is started, so shutdown looks the child up when it runs.
  const running: { next?: ChildProcess } = {};
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const child = running.next;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await database.stop();
    if (database.owned) log('embedded PostgreSQL stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const env = { ...process.env, DATABASE_URL: database.url, BETTER_AUTH_SECRET: auth.secret, NEXT_TELEMETRY_DISABLED: '1', BETTER_AUTH_TELEMETRY: '0' };
  try {
    validateAppEnv(env);
    log(`auth secret: ${auth.source}`);
    await syncSeedData(database.url, log);
    if (mode === 'start') ensureBuild();
  } catch (error) {
    await database.stop();
    throw error;
  }
  const port = process.env.PORT ?? '3000';
  running.next = spawn(NEXT, [mode, '-p', port], { stdio: 'inherit', env });
  log(`dashboard on http://localhost:${port}`);
  running.next.on('exit', (code) => void shutdown(code ?? 0));
}
