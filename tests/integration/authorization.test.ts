// Authorization of every write, found by listing them from the source (tests/helpers/mutations.ts):
// each route handler that exports POST, PUT, PATCH or DELETE and each server action must be guarded
// (guardedApiRoute, guardedAction) or be in PUBLIC_BY_DESIGN below with its reason, and each guarded
// one is called over HTTP on the built app and must refuse no credentials, a revoked token, a
// disabled account, the wrong role and a cross-site request, and let the right account through.
// A new write that is neither guarded nor listed fails this file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { isRole, type Role } from '@/lib/auth/roles';
import { revokeApiToken } from '@/lib/queries/revoke-api-token';
import { makeAccount, makeToken, sessionCookie, type TestAccount } from '../helpers/accounts';
import { BEHIND_A_PROXY, randomAuthSecret, startAppServer, type AppServer } from '../helpers/app-server';
import { listMutatingRoutes, listServerActionModules, type MutatingMethod } from '../helpers/mutations';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/** Writes anyone may make, each with the reason; keyed "file METHOD" or "file exportName". */
const PUBLIC_BY_DESIGN: Record<string, string> = {
  'app/api/v1/links/route.ts POST':
    'Short links: any reader may share the view they see; it stores only a view state, one code per state, and is limited per address by the request gate.',
  'app/api/auth/[...all]/route.ts POST':
    'better-auth’s own endpoints: sign-in has to work before there is a session; the others check their session, role (admin plugin) and Origin themselves, and the rate limit applies to all.',
  'app/api/v1/[[...path]]/route.ts POST': 'Answers 404 in the API’s error shape for an address that is no endpoint; writes nothing.',
  'app/api/v1/[[...path]]/route.ts PUT': 'As POST: a 404 for an unknown address.',
  'app/api/v1/[[...path]]/route.ts PATCH': 'As POST: a 404 for an unknown address.',
  'app/api/v1/[[...path]]/route.ts DELETE': 'As POST: a 404 for an unknown address.',
};

const AUTH_CODES = new Set(['unauthorized', 'forbidden', 'account_disabled', 'cross_site_request']);
const EVIL = 'https://evil.example';

interface Guarded {
  requiredRole?: unknown;
}

function loadModule(file: string): Record<string, Guarded> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(process.cwd(), file)) as Record<string, Guarded>;
}

function requiredRoleOf(file: string, name: string): Role | null {
  const role = loadModule(file)[name]?.requiredRole;
  return isRole(role) ? role : null;
}

/** A URL for a route pattern: each dynamic segment filled with a value. */
function urlPath(pattern: string): string {
  return pattern.replace(/\[\[\.\.\.[^\]]+\]\]|\[\.\.\.[^\]]+\]/g, 'probe').replace(/\[[^\]]+\]/g, '1');
}

interface ServerActionEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

function manifestActions(): { id: string; file: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, ServerActionEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? '';
    const page = `/${worker.replace(/^app\//, '').replace(/\/?page$/, '').split('/').filter((s) => s && !/^\(.*\)$/.test(s)).join('/')}`;
    return { id, file: entry.filename ?? '', name: entry.exportedName ?? '', page: urlPath(page) };
  });
}

const routes = listMutatingRoutes();
const { modules: actionModules, inline } = listServerActionModules();

describe('the list of writes', () => {
  it('finds the routes it knows are there, so that the listing itself works', () => {
    expect(routes.map((r) => r.file)).toEqual(expect.arrayContaining(['app/api/v1/links/route.ts', 'app/api/auth/[...all]/route.ts']));
    expect(actionModules.map((m) => m.file)).toContain('app/admin/(console)/accounts/actions.ts');
  });

  it('has no server action defined inline, where it could not be found', () => {
    expect(inline).toEqual([]);
  });

  it('has every mutating route guarded or public by design, and no stale entry in the allowlist', () => {
    const unguarded: string[] = [];
    const listed = new Set<string>();
    for (const route of routes) {
      for (const method of route.methods) {
        const key = `${route.file} ${method}`;
        if (PUBLIC_BY_DESIGN[key]) listed.add(key);
        else if (!requiredRoleOf(route.file, method)) unguarded.push(key);
      }
    }
    expect(unguarded).toEqual([]);
    expect(Object.keys(PUBLIC_BY_DESIGN).filter((key) => key.includes('route.ts') && !listed.has(key))).toEqual([]);
  });

  it('has every server action guarded or public by design', () => {
    const unguarded = actionModules.flatMap((module) =>
      module.exports.filter((name) => !PUBLIC_BY_DESIGN[`${module.file} ${name}`] && !requiredRoleOf(module.file, name)).map((name) => `${module.file} ${name}`),
    );
    expect(unguarded).toEqual([]);
  });

  it('finds every action the build can call in a listed module', () => {
    const listed = new Set(actionModules.flatMap((m) => m.exports.map((name) => `${m.file} ${name}`)));
    expect(manifestActions().filter((a) => !listed.has(`${a.file} ${a.name}`))).toEqual([]);
  });
});

describe('over HTTP', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let server: AppServer;
  const secret = randomAuthSecret();
  const who: Record<'admin' | 'editor' | 'roleless' | 'disabled', { account: TestAccount; cookie: string; token: string }> = {} as never;
  let revokedToken: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url);
    server = await startAppServer({ databaseUrl: db.url, authSecret: secret, env: BEHIND_A_PROXY });
    for (const kind of ['admin', 'editor', 'roleless', 'disabled'] as const) {
      const account = await makeAccount(prisma, secret, kind === 'admin' ? 'admin' : 'editor', `The ${kind}`);
      const cookie = await sessionCookie(server.baseUrl, account);
      const { token } = await makeToken(prisma, account);
      who[kind] = { account, cookie, token };
    }
    // Set in the database directly, so that the session and token stay: the guard must see to it.
    await prisma.user.update({ where: { id: who.roleless.account.id }, data: { role: 'user' } });
    await prisma.user.update({ where: { id: who.disabled.account.id }, data: { banned: true } });
    const revoked = await makeToken(prisma, who.admin.account, 'revoked');
    await revokeApiToken(who.admin.account.id, revoked.id, prisma);
    revokedToken = revoked.token;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await prisma?.$disconnect();
    await db?.drop();
  });

  type Credentials = Record<string, string>;
  const bearer = (token: string): Credentials => ({ Authorization: `Bearer ${token}` });
  const fromSite = (cookie: string): Credentials => ({ Cookie: cookie, Origin: server.baseUrl });

  /** The credentials each refusal is tried with; the wrong role depends on the role needed. */
  function refusals(role: Role): { label: string; credentials: Credentials; code: string; status: number }[] {
    const lower = role === 'admin' ? who.editor : who.roleless;
    return [
      { label: 'no credentials', credentials: {}, code: 'unauthorized', status: 401 },
      { label: 'a revoked token', credentials: bearer(revokedToken), code: 'unauthorized', status: 401 },
      { label: 'the token of a disabled account', credentials: bearer(who.disabled.token), code: 'account_disabled', status: 403 },
      { label: 'the session of a disabled account', credentials: fromSite(who.disabled.cookie), code: 'account_disabled', status: 403 },
      { label: 'a token with the wrong role', credentials: bearer(lower.token), code: 'forbidden', status: 403 },
      { label: 'a session with the wrong role', credentials: fromSite(lower.cookie), code: 'forbidden', status: 403 },
      { label: 'a cross-site request with a session', credentials: { Cookie: who.admin.cookie, Origin: EVIL }, code: 'cross_site_request', status: 403 },
    ];
  }

  it('refuses every guarded route handler each way, and lets the right account through', async () => {
    const guarded = routes.flatMap((route) =>
      route.methods.filter((method) => !PUBLIC_BY_DESIGN[`${route.file} ${method}`]).map((method) => ({ route, method })),
    );
    const call = (pattern: string, method: MutatingMethod, credentials: Credentials) =>
      fetch(`${server.baseUrl}${urlPath(pattern)}`, { method, headers: { 'Content-Type': 'application/json', ...credentials }, body: '{}', redirect: 'manual' });
    for (const { route, method } of guarded) {
      const role = requiredRoleOf(route.file, method) as Role;
      for (const refusal of refusals(role)) {
        const response = await call(route.pattern, method, refusal.credentials);
        const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
        expect({ route: `${method} ${route.pattern}`, with: refusal.label, status: response.status, code: body?.error?.code }).toEqual({
          route: `${method} ${route.pattern}`,
          with: refusal.label,
          status: refusal.status,
          code: refusal.code,
        });
      }
      const allowed = await call(route.pattern, method, bearer(who.admin.token));
      const body = (await allowed.json().catch(() => null)) as { error?: { code?: string } } | null;
      expect(AUTH_CODES.has(body?.error?.code ?? '')).toBe(false);
    }
  });

  it('refuses every server action each way, and lets the right account through', async () => {
    const actions = manifestActions().filter((action) => !PUBLIC_BY_DESIGN[`${action.file} ${action.name}`]);
    expect(actions.length).toBeGreaterThan(0);
    const call = (action: { id: string; page: string }, credentials: Credentials) =>
      fetch(`${server.baseUrl}${action.page}`, {
        method: 'POST',
        headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', ...credentials },
        // No arguments: the guard runs before the action reads any.
        body: '[]',
        redirect: 'manual',
      });
    const outcome = (response: Response) => {
      const redirect = response.headers.get('x-action-redirect')?.split(';')[0] ?? null;
      if (redirect?.startsWith('/admin/forbidden')) return 'forbidden';
      if (redirect === '/admin/sign-in?reason=disabled') return 'account_disabled';
      if (redirect?.startsWith('/admin/sign-in')) return 'unauthorized';
      // Next.js refuses a Server Action whose Origin is another host before any code of ours runs.
      if (response.status === 500) return 'refused by Next.js';
      return `ran (${response.status})`;
    };
    for (const action of actions) {
      const role = requiredRoleOf(action.file, action.name) as Role;
      for (const refusal of refusals(role)) {
        const response = await call(action, refusal.credentials);
        await response.arrayBuffer();
        const expected = refusal.code === 'cross_site_request' ? 'refused by Next.js' : refusal.code;
        expect({ action: action.name, with: refusal.label, outcome: outcome(response) }).toEqual({ action: action.name, with: refusal.label, outcome: expected });
      }
      // Next.js lets an action without an Origin through; the guard does not, for a cookie.
      const noOrigin = await call(action, { Cookie: who.admin.cookie });
      await noOrigin.arrayBuffer();
      expect({ action: action.name, outcome: outcome(noOrigin) }).toEqual({ action: action.name, outcome: 'unauthorized' });
      const allowed = await call(action, fromSite(who.admin.cookie));
      await allowed.arrayBuffer();
      expect({ action: action.name, outcome: outcome(allowed) }).toEqual({ action: action.name, outcome: 'ran (200)' });
    }
  });
});
