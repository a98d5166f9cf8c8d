// The guard every write goes through (guardedApiRoute), called in this process against a real
// PostgreSQL: who may pass (a session cookie from the site's own pages, or a live API token, of an
// enabled account with the role), and the answer, in the API's error shape, for everyone else.
import { getPrisma } from '@/lib/db';
import { guardedApiRoute } from '@/lib/api/guarded-route';
import type { Principal } from '@/lib/auth/guard';
import { getAuth } from '@/lib/auth/server';
import { revokeApiToken } from '@/lib/queries/revoke-api-token';
import { cookiesFrom, makeAccount, makeToken, type TestAccount } from '../helpers/accounts';
import { randomAuthSecret } from '../helpers/app-server';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const SITE = 'http://figures.test';
let db: TestDatabase;
let admin: TestAccount;
let editor: TestAccount;
let seen: Principal[];

const editorRoute = guardedApiRoute('editor', async (_request, _context, principal) => {
  seen.push(principal);
  return Response.json({ ok: true });
});
const adminRoute = guardedApiRoute('admin', async (_request, _context, principal) => {
  seen.push(principal);
  return Response.json({ ok: true });
});

async function cookieOf(account: TestAccount): Promise<string> {
  const { headers } = await getAuth(false).api.signInEmail({ body: { email: account.email, password: account.password }, returnHeaders: true });
  return cookiesFrom(new Response(null, { headers }));
}

function post(headers: Record<string, string>, method = 'POST'): Request {
  return new Request(`${SITE}/api/v1/probe`, { method, headers: { host: 'figures.test', ...headers } });
}

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.BETTER_AUTH_SECRET = randomAuthSecret();
  admin = await makeAccount(getPrisma(), process.env.BETTER_AUTH_SECRET, 'admin', 'Ada Admin');
  editor = await makeAccount(getPrisma(), process.env.BETTER_AUTH_SECRET, 'editor', 'Ed Editor');
});

beforeEach(() => {
  seen = [];
});

afterAll(async () => {
  await getPrisma().$disconnect();
  await db?.drop();
});

describe('without credentials', () => {
  it('answers 401 unauthorized with a way to sign in, and never calls the handler', async () => {
    const response = await editorRoute(post({}), {});
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await errorOf(response)).toMatchObject({ status: 401, code: 'unauthorized', message: expect.stringContaining('/admin/sign-in') });
    expect(seen).toEqual([]);
  });
});

describe('with an API token', () => {
  it('lets a live token of an enabled account with the role through, naming the account', async () => {
    const { id, token } = await makeToken(getPrisma(), editor);
    const response = await editorRoute(post({ authorization: `Bearer ${token}` }), {});
    expect(response.status).toBe(200);
    expect(seen).toEqual([{ userId: editor.id, name: 'Ed Editor', email: editor.email, role: 'editor', via: 'token', tokenId: id }]);
    const stored = await getPrisma().apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it('refuses a malformed header, an unknown token and a revoked one with 401', async () => {
    const { id, token } = await makeToken(getPrisma(), editor);
    expect(await errorOf(await editorRoute(post({ authorization: `Token ${token}` }), {}))).toMatchObject({ status: 401, code: 'unauthorized' });
    const unknown = `sf_${'A'.repeat(43)}`;
    expect(await errorOf(await editorRoute(post({ authorization: `Bearer ${unknown}` }), {}))).toMatchObject({ status: 401, message: 'This API token is not valid.' });
    expect(await revokeApiToken(editor.id, id, getPrisma())).toBe(true);
    expect(await errorOf(await editorRoute(post({ authorization: `Bearer ${token}` }), {}))).toMatchObject({ status: 401, message: 'This API token was revoked.' });
    expect(seen).toEqual([]);
  });

  it('refuses the token of a disabled account with 403 account_disabled', async () => {
    const other = await makeAccount(getPrisma(), process.env.BETTER_AUTH_SECRET as string, 'editor');
    const { token } = await makeToken(getPrisma(), other);
    await getPrisma().user.update({ where: { id: other.id }, data: { banned: true } });
    expect(await errorOf(await editorRoute(post({ authorization: `Bearer ${token}` }), {}))).toMatchObject({ status: 403, code: 'account_disabled' });
  });

  it('refuses the wrong role with 403 forbidden, and an account without a known role everywhere', async () => {
    const { token } = await makeToken(getPrisma(), editor);
    expect(await errorOf(await adminRoute(post({ authorization: `Bearer ${token}` }), {}))).toMatchObject({ status: 403, code: 'forbidden' });
    const odd = await makeAccount(getPrisma(), process.env.BETTER_AUTH_SECRET as string, 'editor');
    await getPrisma().user.update({ where: { id: odd.id }, data: { role: 'user' } });
    const oddToken = await makeToken(getPrisma(), odd);
    expect(await errorOf(await editorRoute(post({ authorization: `Bearer ${oddToken.token}` }), {}))).toMatchObject({ status: 403, code: 'forbidden' });
    expect(seen).toEqual([]);
  });
});

describe('with the session cookie', () => {
  it('lets a POST from the site’s own origin through', async () => {
    const cookie = await cookieOf(admin);
    expect((await adminRoute(post({ cookie, origin: SITE }), {})).status).toBe(200);
    expect((await adminRoute(post({ cookie, 'sec-fetch-site': 'same-origin' }), {})).status).toBe(200);
    expect(seen.map((p) => [p.email, p.via])).toEqual([
      [admin.email, 'session'],
      [admin.email, 'session'],
    ]);
  });

  it('refuses a cross-site POST, or one that does not say where it comes from, with 403 cross_site_request', async () => {
    const cookie = await cookieOf(admin);
    const attempts: Record<string, string>[] = [{ origin: 'https://evil.example' }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site', origin: SITE }, {}];
    for (const headers of attempts) {
      expect(await errorOf(await adminRoute(post({ cookie, ...headers }), {}))).toMatchObject({ status: 403, code: 'cross_site_request' });
    }
    expect(seen).toEqual([]);
  });

  it('lets a GET through without an Origin: only unsafe methods need one', async () => {
    const cookie = await cookieOf(editor);
    expect((await editorRoute(post({ cookie }, 'GET'), {})).status).toBe(200);
  });

  it('refuses a forged or ended session with 401, and the session of an account disabled since with 403', async () => {
    const forged = 'sf.session_token=not-a-session.signature';
    expect(await errorOf(await editorRoute(post({ cookie: forged, origin: SITE }), {}))).toMatchObject({ status: 401, code: 'unauthorized' });
    const other = await makeAccount(getPrisma(), process.env.BETTER_AUTH_SECRET as string, 'editor');
    const cookie = await cookieOf(other);
    // Set directly, so that the session stays: the guard itself must notice the account is disabled.
    await getPrisma().user.update({ where: { id: other.id }, data: { banned: true } });
    expect(await errorOf(await editorRoute(post({ cookie, origin: SITE }), {}))).toMatchObject({ status: 403, code: 'account_disabled' });
    await getPrisma().session.deleteMany({ where: { userId: other.id } });
    expect(await errorOf(await editorRoute(post({ cookie, origin: SITE }), {}))).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('refuses an editor’s session on an admin route with 403 forbidden', async () => {
    const cookie = await cookieOf(editor);
    expect(await errorOf(await adminRoute(post({ cookie, origin: SITE }), {}))).toMatchObject({ status: 403, code: 'forbidden' });
  });
});

it('names the role each guarded handler needs', () => {
  expect(editorRoute.requiredRole).toBe('editor');
  expect(adminRoute.requiredRole).toBe('admin');
});
