// The dashboard's HTTP server on its own (lib/server/web-server.ts), for `npm start`, which supervises
// the database and runs this beside it, and for the tests. Needs DATABASE_URL; `--dev` runs Next.js
// in development mode.
import { httpSettings, readServerEnv } from '@/lib/env';
import { log, run } from './cli';

run(async () => {
  const dev = process.argv.includes('--dev');
  // Next.js and React pick their production builds from NODE_ENV, which `next start` would set.
  (process.env as Record<string, string>).NODE_ENV ??= dev ? 'development' : 'production';
  const { startWebServer } = await import('@/lib/server/web-server');
  const { DATABASE_URL, DATABASE_REPLICA_URLS } = readServerEnv();
  const server = await startWebServer({ dir: process.cwd(), dev, settings: httpSettings(), databaseUrl: DATABASE_URL, replicaUrls: DATABASE_REPLICA_URLS, log });
  log(`dashboard on ${server.url}`);
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
});
