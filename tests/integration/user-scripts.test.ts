// `npm run user:create` and `npm run user:token` as a person runs them: real processes on a real
// PostgreSQL (DATABASE_URL, as for the other scripts), the account then signing in to the built app,
// and the token opening the console until it is revoked.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '@/generated/prisma/client';
import { hashApiToken } from '@/lib/auth/api-tokens';
import { createPrismaClient } from '@/lib/db';
import { signInOverHttp } from '../helpers/accounts';
import { BEHIND_A_PROXY, randomAuthSecret, startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let db: TestDatabase;
let prisma: PrismaClient;
let server: AppServer;
const secret = randomAuthSecret();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sf-user-scripts-'));
const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** The test run's environment without a password or secret of its own, plus `extra`. */
function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.SF_PASSWORD;
  delete env.BETTER_AUTH_SECRET;
  return { ...env, DATABASE_URL: db.url, SF_DATA_DIR: dataDir, ...extra };
}

/** Runs a script with stdin a pipe (no terminal), as in CI or cron. */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = baseEnv()): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join('scripts', script), ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs user:create in a pseudo-terminal (util-linux `script`, told not to echo input itself), typing
 * the password at each prompt: whatever the terminal shows is then what the program let it show.
 */
function runInTerminal(args: string[], answers: string[]): Promise<Run & { output: string }> {
  const command = [TSX, path.join('scripts', 'user-create.ts'), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-E', 'never', '-c', command, '/dev/null'], { env: baseEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let prompts = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // Type only once the prompt is there: the terminal echoes what arrives before echo is off.
      const seen = (output.match(/Password( again)?: /g) ?? []).length;
      while (prompts < seen && prompts < answers.length) {
        child.stdin.write(`${answers[prompts]}\r`);
        prompts += 1;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: output, stderr: '', output }));
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url);
  server = await startAppServer({ databaseUrl: db.url, authSecret: secret, env: BEHIND_A_PROXY });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await prisma?.$disconnect();
  await db?.drop();
});

describe('user:create', () => {
  it('creates an account from SF_PASSWORD that signs in to the app, its password stored as a scrypt hash', async () => {
    const password = 'a password for the test run';
    const run = await runScript('user-create.ts', ['--email', 'Ann@Example.org', '--name', 'Ann Admin', '--role', 'admin'], baseEnv({ SF_PASSWORD: password }));
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created admin account ann@example.org (Ann Admin)');
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'ann@example.org' }, include: { accounts: true } });
    expect(user).toMatchObject({ name: 'Ann Admin', role: 'admin', banned: false });
    const stored = user.accounts[0]?.password ?? '';
    expect(user.accounts.map((a) => a.providerId)).toEqual(['credential']);
    expect(stored).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(stored).not.toContain(password);
    expect((await signInOverHttp(server.baseUrl, 'ann@example.org', password)).status).toBe(200);
    // The secret for the app's sessions was generated beside the data, for its owner only.
    expect(statSync(path.join(dataDir, 'auth-secret')).mode & 0o777).toBe(0o600);
  });

  it('asks for the password twice on a terminal, without echoing it', async () => {
    const password = 'typed at the prompt, unseen';
    const run = await runInTerminal(['--email', 'eve@example.org', '--name', 'Eve Editor', '--role', 'editor'], [password, password]);
    expect(run.code).toBe(0);
    expect(run.output).toContain('Password: ');
    expect(run.output).toContain('Password again: ');
    expect(run.output).not.toContain(password);
    expect(run.output).toContain('created editor account eve@example.org');
    expect((await signInOverHttp(server.baseUrl, 'eve@example.org', password)).status).toBe(200);
  });

  it('refuses without a terminal and without SF_PASSWORD, saying how to give one, and creates nothing', async () => {
    const run = await runScript('user-create.ts', ['--email', 'nopw@example.org', '--name', 'No Password', '--role', 'editor']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No password: set SF_PASSWORD, or run this in a terminal');
    expect(await prisma.user.count({ where: { email: 'nopw@example.org' } })).toBe(0);
  });

  it('refuses an unknown role, a short password, a used email and missing arguments', async () => {
    const attempts: [string[], Record<string, string>, RegExp][] = [
      [['--email', 'x@example.org', '--name', 'X', '--role', 'owner'], { SF_PASSWORD: 'long enough password' }, /--role must be one of editor, admin/],
      [['--email', 'x@example.org', '--name', 'X', '--role', 'editor'], { SF_PASSWORD: 'short' }, /at least|12 to 128 characters/],
      [['--email', 'ann@example.org', '--name', 'Again', '--role', 'editor'], { SF_PASSWORD: 'long enough password' }, /ann@example\.org: .*already exists/i],
      [['--email', 'x@example.org'], { SF_PASSWORD: 'long enough password' }, /usage: npm run user:create/],
    ];
    for (const [args, env, message] of attempts) {
      const run = await runScript('user-create.ts', args, baseEnv(env));
      expect({ args, code: run.code }).toEqual({ args, code: 1 });
      expect(run.stderr).toMatch(message);
    }
    expect(await prisma.user.count({ where: { email: 'x@example.org' } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { email: 'ann@example.org' } })).name).toBe('Ann Admin');
  });
});

describe('user:token', () => {
  it('prints a token once, keeps only its hash, lists it, and revokes it', async () => {
    const made = await runScript('user-token.ts', ['--email', 'ann@example.org', '--name', 'nightly import']);
    expect(made.code).toBe(0);
    const token = made.stdout.trim().split('\n').at(-1) ?? '';
    expect(token).toMatch(/^sf_[A-Za-z0-9_-]{43}$/);
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) } });
    expect(stored.name).toBe('nightly import');
    expect(JSON.stringify(await prisma.apiToken.findMany())).not.toContain(token.slice(3));

    // The token opens the console as its owner.
    const before = await fetch(`${server.baseUrl}/admin`, { headers: { Authorization: `Bearer ${token}` }, redirect: 'manual' });
    expect(before.status).toBe(200);
    expect(await before.text()).toContain('Ann Admin');

    const listed = await runScript('user-token.ts', ['--email', 'ann@example.org', '--list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${stored.id}\\t${token.slice(0, 7)}…\\tactive\\t.*\\tlast used \\S+\\tnightly import$`, 'm'));
    expect(listed.stdout).not.toContain(token);

    const revoked = await runScript('user-token.ts', ['--email', 'ann@example.org', '--revoke', String(stored.id)]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`token ${stored.id} of ann@example.org revoked`);
    expect((await runScript('user-token.ts', ['--email', 'ann@example.org', '--list'])).stdout).toMatch(new RegExp(`^${stored.id}\\t\\S+\\trevoked `, 'm'));
    const after = await fetch(`${server.baseUrl}/admin`, { headers: { Authorization: `Bearer ${token}` }, redirect: 'manual' });
    expect(after.status).toBe(307);
    expect(after.headers.get('location')).toBe('/admin/sign-in');
  });

  it('refuses an unknown account, another account’s token and a bad number', async () => {
    const unknown = await runScript('user-token.ts', ['--email', 'nobody@example.org']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no account nobody@example.org');
    const annToken = await prisma.apiToken.findFirstOrThrow({ where: { user: { email: 'ann@example.org' } } });
    const others = await runScript('user-token.ts', ['--email', 'eve@example.org', '--revoke', String(annToken.id)]);
    expect(others.code).toBe(1);
    expect(others.stderr).toContain(`eve@example.org has no active token ${annToken.id}`);
    const bad = await runScript('user-token.ts', ['--email', 'eve@example.org', '--revoke', 'first']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--revoke takes a token');
  });
});

it('works on the embedded default database when DATABASE_URL is not set, as the other scripts do', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sf-user-scripts-embedded-'));
  try {
    const env = baseEnv({ SF_DATA_DIR: root, SF_EMBEDDED_PORT: '0', SF_PASSWORD: 'a password for the embedded one' });
    delete env.DATABASE_URL;
    const created = await runScript('user-create.ts', ['--email', 'solo@example.org', '--name', 'Solo', '--role', 'admin'], env);
    expect(created.stdout).toContain(`embedded PostgreSQL`);
    expect(created.code).toBe(0);
    const token = await runScript('user-token.ts', ['--email', 'solo@example.org', '--name', 'embedded'], env);
    expect(token.code).toBe(0);
    expect(token.stdout.trim().split('\n').at(-1)).toMatch(/^sf_/);
    const listed = await runScript('user-token.ts', ['--email', 'solo@example.org', '--list'], env);
    expect(listed.stdout).toMatch(/\tactive\t.*\tembedded$/m);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
