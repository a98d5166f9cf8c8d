// The choice of client for a read, on stand-in clients: the real replicas, probes and fall-back under
// a streaming replica are in tests/integration/replicas.test.ts.
import type { PrismaClient } from '@/generated/prisma/client';
import { ReplicaSet, routedReplica, runWithReadRule, type ReadRule } from './read-routing';

function standIn(name: string, behaviour: () => Promise<string> = async () => name): PrismaClient {
  return { series: { findMany: behaviour }, $queryRaw: behaviour, $disconnect: async () => undefined } as unknown as PrismaClient;
}

function setOf(replicas: PrismaClient[], log: string[] = []): ReplicaSet {
  const clients = [...replicas];
  const set = new ReplicaSet({
    urls: replicas.map((_, i) => `postgresql://u:p@replica-${i}:5432/db`),
    primary: standIn('primary'),
    createClient: () => clients.shift() as PrismaClient,
    log: (message) => log.push(message),
  });
  return set;
}

const publicAt = (minRevision: number | null): ReadRule => ({ personal: false, minRevision });

describe('ReplicaSet.pick', () => {
  it('gives a public read a replica that is up and has its revision, and everything else the primary', () => {
    const set = setOf([standIn('r0'), standIn('r1')]);
    const [r0, r1] = set.replicas;
    Object.assign(r0, { up: true, revision: 7 });
    Object.assign(r1, { up: true, revision: 5 });
    expect(set.pick(publicAt(6))).toBe(r0);
    expect(set.pick(publicAt(6))).toBe(r0);
    expect(set.pick(publicAt(8))).toBeNull();
    expect(set.pick({ personal: true, minRevision: 1 })).toBeNull();
    expect(set.pick(undefined)).toBeNull();
    expect(new Set([set.pick(publicAt(5)), set.pick(publicAt(5))])).toEqual(new Set([r0, r1]));
    r0.up = false;
    expect(set.pick(publicAt(null))).toBe(r1);
  });
});

describe('routedReplica', () => {
  it('sends a read to the chosen replica, runs it again on the primary when that replica is down, and says so', async () => {
    const outage = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    let down = false;
    const log: string[] = [];
    const set = setOf([standIn('r0', async () => (down ? Promise.reject(outage) : 'r0'))], log);
    Object.assign(set.replicas[0], { up: true, revision: 3 });
    const client = routedReplica(set, standIn('primary'));
    const read = () => (client.series.findMany as unknown as () => Promise<string>)();

    expect(await runWithReadRule(publicAt(3), read)).toBe('r0');
    expect(await runWithReadRule(publicAt(4), read)).toBe('primary');
    expect(await runWithReadRule({ personal: true, minRevision: 3 }, read)).toBe('primary');
    expect(await read()).toBe('primary');

    down = true;
    expect(await runWithReadRule(publicAt(3), read)).toBe('primary');
    expect(set.replicas[0].up).toBe(false);
    expect(log).toEqual(['replica replica-0:5432 stopped answering; reading from the others', 'no read replica answers: reading from the primary']);
    await set.close();
  });

  it('lets a query that is wrong fail, on the replica, without blaming the replica', async () => {
    const set = setOf([standIn('r0', async () => Promise.reject(new Error('column "x" does not exist')))]);
    Object.assign(set.replicas[0], { up: true, revision: 1 });
    const client = routedReplica(set, standIn('primary'));
    await expect(runWithReadRule(publicAt(1), () => (client.$queryRaw as unknown as () => Promise<string>)())).rejects.toThrow(/does not exist/);
    expect(set.replicas[0].up).toBe(true);
    await set.close();
  });
});
