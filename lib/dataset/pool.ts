// The dataset's writes go through pg directly, not through Prisma: they send column arrays of up to
// 100,000 rows, which pg passes many times faster than Prisma's raw-query parameters. One small pool
// per process (writes queue behind one lock anyway), kept apart from the Prisma client's so that a
// script that only writes never loads Prisma at all.
import { Pool } from 'pg';
import { readServerEnv } from '@/lib/env';

const WRITE_POOL_SIZE = 4;

const globalForPool = globalThis as unknown as { datasetWritePool?: Pool };

/** A pool for writeDataset; idle connections do not keep a script or a test alive. */
export function createWritePool(databaseUrl: string): Pool {
  const pool = new Pool({ connectionString: databaseUrl, max: WRITE_POOL_SIZE, allowExitOnIdle: true });
  // An idle connection the server dropped (a restart) is discarded by the pool and the next write
  // opens another; unhandled, the pool's error event would end the process.
  pool.on('error', () => undefined);
  return pool;
}

/** The app's pool, on DATABASE_URL: what the admin pages and the write API pass to the curation functions. */
export function getWritePool(): Pool {
  globalForPool.datasetWritePool ??= createWritePool(readServerEnv().DATABASE_URL);
  return globalForPool.datasetWritePool;
}
