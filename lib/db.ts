// One Prisma client per process, reused across hot reloads in development.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
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

export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(readServerEnv().DATABASE_URL);
  return globalForPrisma.prisma;
}
