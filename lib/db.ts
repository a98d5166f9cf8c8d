// One Prisma client per process, reused across hot reloads in development. With DATABASE_REPLICA_URLS
// set, Prisma's read-replicas extension sends its non-transactional reads to the replicas, as chosen
// per request by lib/database/read-routing.ts; writes and transactions go to DATABASE_URL.
import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import { PrismaClient } from '@/generated/prisma/client';
import { ReplicaSet, routedReplica, setProcessReplicaSet } from './database/read-routing';
import { readServerEnv } from './env';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export interface PoolOptions {
  /** Connections the client may hold open; pg's default is 10. */
  max?: number;
}

export function createPrismaClient(databaseUrl: string, pool: PoolOptions = {}): PrismaClient {
  // A server that does not answer fails a query after five seconds rather than holding it forever.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: 5000, ...pool }) });
}

/** A client on `primaryUrl` whose reads may go to `replicaUrls`; the replica set is probed from now on. */
export function createReplicatedPrismaClient(primaryUrl: string, replicaUrls: string[], log?: (message: string) => void): PrismaClient {
  const primary = createPrismaClient(primaryUrl);
  const set = new ReplicaSet({ urls: replicaUrls, primary, createClient: (url) => createPrismaClient(url), log });
  setProcessReplicaSet(set);
  void set.start();
  // The extension's types are those of the generic client; ours is the generated one, with the same methods.
  const extended = primary.$extends(readReplicas({ replicas: [routedReplica(set, primary) as never] }));
  return extended as unknown as PrismaClient;
}

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const { DATABASE_URL, DATABASE_REPLICA_URLS } = readServerEnv();
    globalForPrisma.prisma = DATABASE_REPLICA_URLS?.length
      ? createReplicatedPrismaClient(DATABASE_URL, DATABASE_REPLICA_URLS)
      : createPrismaClient(DATABASE_URL);
  }
  return globalForPrisma.prisma;
}

/**
 * The client for a raw read (`$queryRaw` of a SELECT), which the extension cannot tell from a write and
 * so leaves on the primary: with replicas, the one the read-routing rule picks for this request.
 */
export function readerFor(db: PrismaClient): PrismaClient {
  const client = db as unknown as { $replica?: () => PrismaClient; $transaction?: unknown };
  // Inside a transaction (no $transaction of its own) the read stays with the transaction.
  return client.$replica && typeof client.$transaction === 'function' ? client.$replica() : db;
}
