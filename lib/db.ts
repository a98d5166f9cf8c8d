// One Prisma client per process, reused across hot reloads in development.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { readServerEnv } from './env';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(readServerEnv().DATABASE_URL);
  return globalForPrisma.prisma;
}
