// Which database a read goes to when DATABASE_REPLICA_URLS names streaming replicas of DATABASE_URL.
//
// The web server (lib/server/web-server.ts) runs each request inside `runWithReadRule`, saying the
// revision its answer is keyed by and whether the request is personal. Prisma's read-replicas
// extension (lib/db.ts) sends every non-transactional read to "the replica", which is the client
// `pickReadClient` chooses for the running request:
// - a personal request (a session, a token, or the short-lived cookie set after a write: see
//   web-server.ts) and any request outside the web server (scripts, `next dev`) read the primary, so an
//   editor always sees the change they just made and sign-in never reads a session a replica lacks;
// - a public request reads a replica that is up and has replayed at least the revision the answer is
//   cached under, so no answer older than its cache key is ever stored; when none has, the primary.
// Each replica is probed every second (and at once when a revision is announced) for the newest
// revision it has replayed; a replica that fails a probe or a query is skipped until a probe passes
// again, and a query that failed on it is run again on the primary.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Pool } from 'pg';
import type { PrismaClient } from '@/generated/prisma/client';
import { isDatabaseUnavailable } from './unavailable';

export interface ReadRule {
  /** Reads must see this person's own writes and sessions: primary only. */
  personal: boolean;
  /** The revision the answer is rendered at; a replica that has not replayed it is not used. */
  minRevision: number | null;
}

const RULES = Symbol.for('sourced-figures.read-rules');
const globals = globalThis as unknown as Record<symbol, AsyncLocalStorage<ReadRule> | undefined>;
// One store per process: the web server and the app's build are module graphs apart (outage-signal.ts).
const rules = (globals[RULES] ??= new AsyncLocalStorage<ReadRule>());

export function runWithReadRule<T>(rule: ReadRule, work: () => T): T {
  return rules.run(rule, work);
}

export function currentReadRule(): ReadRule | undefined {
  return rules.getStore();
}

interface Replica {
  name: string;
  client: PrismaClient;
  probe: Pool;
  up: boolean;
  /** The newest revision the replica has replayed, as of its last probe. */
  revision: number | null;
}

export interface ReplicaSetOptions {
  urls: string[];
  primary: PrismaClient;
  createClient: (url: string) => PrismaClient;
  log?: (message: string) => void;
  probeEveryMs?: number;
}

/** A replica's host and port, for log lines: never its credentials. */
function describe(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}`;
  } catch {
    return 'a replica';
  }
}

const CATCH_UP_FIRST_MS = 25;

export class ReplicaSet {
  readonly replicas: Replica[];
  private readonly log: (message: string) => void;
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<void> | null = null;
  private allDown = false;
  private started = false;
  private next = 0;
  /** The newest revision announced; while a replica that is up has not replayed it, probes come quickly. */
  private wanted: number | null = null;
  private catchUp: NodeJS.Timeout | undefined;
  /** From 25 ms after an announcement, doubling while a replica stays behind (replay paused, a long lag). */
  private catchUpMs = CATCH_UP_FIRST_MS;

  constructor(private readonly options: ReplicaSetOptions) {
    this.log = options.log ?? ((message) => console.warn(`[sourced-figures] ${message}`));
    this.replicas = options.urls.map((url) => {
      const probe = new Pool({
        connectionString: url,
        max: 1,
        // A replica that takes longer than this to say how far it got is of no use to a reader.
        connectionTimeoutMillis: 1000,
        query_timeout: 1000,
        application_name: 'sourced-figures-probe',
        allowExitOnIdle: true,
      });
      probe.on('error', () => undefined);
      return { name: describe(url), client: options.createClient(url), probe, up: false, revision: null };
    });
  }

  /** Probes now and then every second; the timer does not keep the process alive. */
  start(): Promise<void> {
    this.timer ??= setInterval(() => void this.refresh(), this.options.probeEveryMs ?? 1000);
    this.timer.unref();
    return this.refresh();
  }

  /** Probes every replica once (a probe already running is shared). */
  refresh(): Promise<void> {
    this.probing ??= Promise.all(this.replicas.map((replica) => this.probeOne(replica))).then(() => {
      this.probing = null;
      this.noteAvailability();
      this.scheduleCatchUp();
    });
    return this.probing;
  }

  /** A new revision was committed: probe until the replicas have it, so public reads return to them at once. */
  announce(revision: number): void {
    if (this.wanted === null || revision > this.wanted) this.wanted = revision;
    this.catchUpMs = CATCH_UP_FIRST_MS;
    void this.refresh();
  }

  /** The client a read under `rule` goes to: a caught-up replica that is up (in turn), else the primary. */
  pick(rule: ReadRule | undefined): Replica | null {
    if (!rule || rule.personal) return null;
    const usable = this.replicas.filter(
      (replica) => replica.up && (rule.minRevision === null || (replica.revision !== null && replica.revision >= rule.minRevision)),
    );
    if (usable.length === 0) return null;
    this.next = (this.next + 1) % usable.length;
    return usable[this.next];
  }

  /** A query on `replica` met an outage: skip it until a probe passes. */
  failed(replica: Replica): void {
    if (!replica.up) return;
    replica.up = false;
    this.log(`replica ${replica.name} stopped answering; reading from the others`);
    this.noteAvailability();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    clearTimeout(this.catchUp);
    await Promise.all(this.replicas.map(async (replica) => {
      await replica.probe.end().catch(() => undefined);
      await replica.client.$disconnect().catch(() => undefined);
    }));
  }

  private async probeOne(replica: Replica): Promise<void> {
    try {
      const { rows } = await replica.probe.query<{ revision: number | null }>('SELECT max(id) AS revision FROM dataset_revisions');
      const wasUp = replica.up;
      replica.up = true;
      replica.revision = rows[0]?.revision ?? null;
      if (!wasUp && this.started) this.log(`replica ${replica.name} answers; reading from it again`);
    } catch {
      if (replica.up) this.log(`replica ${replica.name} does not answer; reading from the others`);
      replica.up = false;
    }
  }

  private scheduleCatchUp(): void {
    const wanted = this.wanted;
    if (wanted === null || this.catchUp) return;
    const behind = this.replicas.some((replica) => replica.up && (replica.revision ?? 0) < wanted);
    if (!behind) return;
    this.catchUp = setTimeout(() => {
      this.catchUp = undefined;
      void this.refresh();
    }, this.catchUpMs);
    this.catchUp.unref();
    this.catchUpMs = Math.min(this.catchUpMs * 2, this.options.probeEveryMs ?? 1000);
  }

  /** One log line when no replica is left (reads go to the primary), one when one is back. */
  private noteAvailability(): void {
    const none = this.replicas.every((replica) => !replica.up);
    if (none && !this.allDown) this.log('no read replica answers: reading from the primary');
    this.allDown = none;
    this.started = true;
  }
}

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * What the read-replicas extension is given as its one replica: a stand-in that, each time the
 * extension reaches for a model or `$queryRaw`, hands over the client this request may read from, and
 * runs a query again on the primary when its replica turns out to be down.
 */
export function routedReplica(set: ReplicaSet, primary: PrismaClient): PrismaClient {
  const run = (replica: Replica, onReplica: () => unknown, onPrimary: () => unknown): unknown =>
    Promise.resolve(onReplica()).catch((error: unknown) => {
      if (!isDatabaseUnavailable(error)) throw error;
      set.failed(replica);
      return onPrimary();
    });
  const target = primary as unknown as Record<PropertyKey, unknown>;
  return new Proxy(target, {
    get(_target, property) {
      const replica = set.pick(currentReadRule());
      if (!replica) return Reflect.get(target, property);
      const source = replica.client as unknown as Record<PropertyKey, unknown>;
      const value = source[property];
      if (typeof value === 'function') {
        if (property === '$connect' || property === '$disconnect') return value.bind(source);
        return (...args: unknown[]) =>
          run(replica, () => (value as AnyFunction).apply(source, args), () => (target[property] as AnyFunction).apply(target, args));
      }
      if (typeof value !== 'object' || value === null) return value;
      // A model's delegate: each of its operations falls back to the primary's.
      const delegate = value as Record<PropertyKey, unknown>;
      return new Proxy(delegate, {
        get(_delegate, operation) {
          const method = delegate[operation];
          if (typeof method !== 'function') return method;
          return (...args: unknown[]) =>
            run(
              replica,
              () => (method as AnyFunction).apply(delegate, args),
              () => {
                const fallback = target[property] as Record<PropertyKey, AnyFunction>;
                return fallback[operation](...args);
              },
            );
        },
      });
    },
  }) as unknown as PrismaClient;
}

const SETS = Symbol.for('sourced-figures.replica-set');

/** The process's replica set, if DATABASE_REPLICA_URLS names any: the web server refreshes it on each revision. */
export function processReplicaSet(): ReplicaSet | undefined {
  return (globalThis as unknown as Record<symbol, ReplicaSet | undefined>)[SETS];
}

export function setProcessReplicaSet(set: ReplicaSet): void {
  (globalThis as unknown as Record<symbol, ReplicaSet | undefined>)[SETS] = set;
}
