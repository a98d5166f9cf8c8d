// Signing in and out over HTTP on the built app, against a real PostgreSQL: the session cookie's
// flags, what readers and signed-in accounts see under /admin and how those answers are cached, that
// a disabled account cannot sign in, that nobody can sign up, and that a cross-site request cannot
// use the cookie.
import type { PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { cookiesFrom, makeAccount, sessionCookie, signInOverHttp, type TestAccount } from '../helpers/accounts';
import { BEHIND_A_PROXY, randomAuthSecret, startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let prisma: PrismaClient;
let server: AppServer;
let admin: TestAccount;
const secret = randomAuthSecret();

beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  prisma = createPrismaClient(db.url);
  server = await startAppServer({ databaseUrl: db.url, authSecret: secret, env: BEHIND_A_PROXY });
  admin = await makeAccount(prisma, secret, 'admin', 'Ada Admin');
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await prisma?.$disconnect();
  await db?.drop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${path}`, { headers, redirect: 'manual' });

function sessionCookieLine(response: Response): string {
  const line = response.headers.getSetCookie().find((l) => /session_token=/.test(l));
  if (!line) throw new Error('no session cookie was set');
  return line;
}

describe('the session cookie', () => {
  it('is httpOnly and SameSite=Lax, and not Secure over plain http', async () => {
    const response = await signInOverHttp(server.baseUrl, admin.email, admin.password);
    expect(response.status).toBe(200);
    const line = sessionCookieLine(response);
    expect(line).toMatch(/^sf\.session_token=/);
    expect(line).toMatch(/; HttpOnly/i);
    expect(line).toMatch(/; SameSite=Lax/i);
    expect(line).toMatch(/; Path=\//i);
    expect(line).not.toMatch(/; Secure/i);
  });

  it('is Secure (and __Secure- named) when the request came over https through a proxy', async () => {
    const origin = server.baseUrl.replace('http:', 'https:');
    const response = await signInOverHttp(server.baseUrl, admin.email, admin.password, { headers: { 'X-Forwarded-Proto': 'https', Origin: origin } });
    expect(response.status).toBe(200);
    const line = sessionCookieLine(response);
    expect(line).toMatch(/^__Secure-sf\.session_token=/);
    expect(line).toMatch(/; Secure/i);
    expect(line).toMatch(/; HttpOnly/i);
    expect(line).toMatch(/; SameSite=Lax/i);
    // That cookie opens the console over https too.
    const page = await get('/admin', { Cookie: cookiesFrom(response), 'X-Forwarded-Proto': 'https' });
    expect(page.status).toBe(200);
  });

  it('is Secure when SITE_URL is https', async () => {
    const site = 'https://figures.example.org';
    const secure = await startAppServer({ databaseUrl: db.url, authSecret: secret, env: { ...BEHIND_A_PROXY, SITE_URL: site } });
    try {
      const response = await signInOverHttp(secure.baseUrl, admin.email, admin.password, { headers: { Origin: site } });
      expect(response.status).toBe(200);
      expect(sessionCookieLine(response)).toMatch(/^__Secure-sf\.session_token=.*; Secure/i);
      // With SITE_URL set, the request's own address is no trusted origin.
      const other = await signInOverHttp(secure.baseUrl, admin.email, admin.password);
      expect(other.status).toBe(403);
    } finally {
      await secure.stop();
    }
  });
});

describe('signing in', () => {
  it('answers wrong credentials with 401 and no cookie, whether the account exists or not', async () => {
    for (const email of [admin.email, 'nobody@example.org']) {
      const response = await signInOverHttp(server.baseUrl, email, 'not the password at all');
      expect(response.status).toBe(401);
      expect(((await response.json()) as { code: string }).code).toBe('INVALID_EMAIL_OR_PASSWORD');
      expect(response.headers.getSetCookie().some((l) => /session_token=[^;]/.test(l))).toBe(false);
    }
  });

  it('refuses a disabled account', async () => {
    const disabled = await makeAccount(prisma, secret, 'editor');
    await prisma.user.update({ where: { id: disabled.id }, data: { banned: true } });
    const response = await signInOverHttp(server.baseUrl, disabled.email, disabled.password);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe('BANNED_USER');
  });

  it('cannot make an account: there is no sign-up', async () => {
    const response = await fetch(`${server.baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.baseUrl },
      body: JSON.stringify({ email: 'intruder@example.org', password: 'a long enough password', name: 'Intruder' }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await prisma.user.count({ where: { email: 'intruder@example.org' } })).toBe(0);
  });
});

describe('the console', () => {
  it('sends readers to sign in, and its answers are private, uncached and not indexed', async () => {
    for (const path of ['/admin', '/admin/accounts']) {
      const response = await get(path);
      expect(response.status).toBe(307);
      expect(response.headers.get('location')).toBe('/admin/sign-in');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    }
    const signIn = await get('/admin/sign-in');
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('cache-control')).toBe('private, no-store');
    expect(signIn.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(await signIn.text()).toMatch(/<meta name="robots" content="noindex, nofollow"\/>/);
  });

  it('shows a signed-in account its pages, privately', async () => {
    const cookie = await sessionCookie(server.baseUrl, admin);
    for (const path of ['/admin', '/admin/accounts']) {
      const response = await get(path, { Cookie: cookie });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      const html = await response.text();
      expect(html).toContain('Ada Admin');
      expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"\/>/);
    }
    // better-auth's own answers are not cached either.
    const session = await get('/api/auth/get-session', { Cookie: cookie });
    expect(session.headers.get('cache-control')).toBe('private, no-store');
    expect(((await session.json()) as { user: { email: string; role: string } }).user).toMatchObject({ email: admin.email, role: 'admin' });
  });

  it('shows a signed-in account the public pages as readers see them, and keeps its answers out of shared caches', async () => {
    const cookie = await sessionCookie(server.baseUrl, admin);
    for (const path of ['/', '/explore/about', '/api/v1/series']) {
      const [reader, editor] = await Promise.all([get(path), get(path, { Cookie: cookie })]);
      // Nothing personal, and never more cacheable than for readers: the web server keeps requests
      // that carry a cookie out of its answer cache, and such an answer may say no-store instead.
      const editorCaching = editor.headers.get('cache-control') as string;
      if (editorCaching !== reader.headers.get('cache-control')) expect(editorCaching).toMatch(/\bno-store\b/);
      expect(editor.headers.get('x-sf-cache')).toBe('bypass');
      expect(editor.headers.getSetCookie()).toEqual([]);
      const html = await editor.text();
      expect(html).not.toContain('Ada Admin');
      expect(html).not.toContain(admin.email);
    }
  });
});

describe('signing out', () => {
  it('ends the session from the site itself, but not from another site', async () => {
    const cookie = await sessionCookie(server.baseUrl, admin);
    const sessionsBefore = await prisma.session.count({ where: { userId: admin.id } });

    const forged = await fetch(`${server.baseUrl}/api/auth/sign-out`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(forged.status).toBe(403);
    expect(await prisma.session.count({ where: { userId: admin.id } })).toBe(sessionsBefore);
    expect((await get('/admin', { Cookie: cookie })).status).toBe(200);

    const response = await fetch(`${server.baseUrl}/api/auth/sign-out`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: server.baseUrl, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().find((l) => l.startsWith('sf.session_token='))).toMatch(/Max-Age=0/);
    expect(await prisma.session.count({ where: { userId: admin.id } })).toBe(sessionsBefore - 1);
    const after = await get('/admin', { Cookie: cookie });
    expect(after.status).toBe(307);
    expect(after.headers.get('location')).toBe('/admin/sign-in');
  });
});
