// npm's postinstall: `prisma generate`. Before generating, the Prisma CLI downloads its native
// schema engine, which generation does not use and which cannot be fetched offline. When that
// download is what failed, generation is run again with PRISMA_SCHEMA_ENGINE_BINARY pointing at an
// existing file: the CLI then takes the engine as present and skips the download.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const PROJECT_ROOT = path.resolve(__dirname, '..');
// Online, the first attempt includes the engine download; offline it fails within seconds, but a
// network that drops packets instead of refusing them could stall the download much longer.
const FIRST_ATTEMPT_TIMEOUT_MS = 90_000;
const OFFLINE_ATTEMPT_TIMEOUT_MS = 300_000;
const DOWNLOAD_FAILURE =
  /request to \S+ failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|fetch failed/i;

interface Attempt {
  code: number | null;
  output: string;
  timedOut: boolean;
}

function prismaCli(): string {
  const manifestPath = require.resolve('prisma/package.json', { paths: [PROJECT_ROOT] });
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: { prisma: string } };
  return path.join(path.dirname(manifestPath), bin.prisma);
}

function generate(env: NodeJS.ProcessEnv, timeoutMs: number, echo: boolean): Promise<Attempt> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli(), 'generate'], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (echo) stream.write(chunk);
    };
    child.stdout.on('data', collect(process.stdout));
    child.stderr.on('data', collect(process.stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

async function main(): Promise<number> {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
    return (await generate(process.env, OFFLINE_ATTEMPT_TIMEOUT_MS, true)).code ?? 1;
  }

  // Buffered: if the download fails, its error is expected and handled, not news for the reader.
  const first = await generate(process.env, FIRST_ATTEMPT_TIMEOUT_MS, false);
  if (first.code === 0) {
    process.stdout.write(first.output);
    return 0;
  }
  const downloadFailed = /schema-engine/i.test(first.output) && DOWNLOAD_FAILURE.test(first.output);
  if (!first.timedOut && !downloadFailed) {
    process.stderr.write(first.output);
    return first.code ?? 1;
  }

  const standIn = path.join(PROJECT_ROOT, 'package.json');
  console.log(
    `prisma-generate: ${first.timedOut ? `no answer within ${FIRST_ATTEMPT_TIMEOUT_MS / 1000} s while fetching` : 'could not download'} ` +
      `Prisma's schema-engine binary (offline?); generating without it, PRISMA_SCHEMA_ENGINE_BINARY=${standIn}`,
  );
  const second = await generate({ ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: standIn }, OFFLINE_ATTEMPT_TIMEOUT_MS, true);
  if (second.timedOut) console.error(`prisma-generate: prisma generate did not finish within ${OFFLINE_ATTEMPT_TIMEOUT_MS / 1000} s`);
  return second.code ?? 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`prisma-generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
