// The one check in front of every write: who is asking (an API token in `Authorization: Bearer`, or
// the session cookie), whether that account is enabled, its token not revoked, its role sufficient,
// and, for a cookie, that an unsafe request comes from the site's own pages. Route handlers use it
// through guardedApiRoute (lib/api/route.ts), pages and server actions through lib/auth/page-guard.ts;
// each turns a refusal into its own kind of answer.
import { getSessionCookie } from 'better-auth/cookies';
import { findApiToken } from '@/lib/queries/find-api-token';
import { touchApiToken } from '@/lib/queries/touch-api-token';
import { COOKIE_PREFIX } from './auth';
import { hashApiToken, looksLikeApiToken } from './api-tokens';
import { isRole, roleAllows, type Role } from './roles';
import { isSameOriginRequest, isUnsafeMethod, trustedOrigins } from './same-origin';
import { authFor } from './server';

export interface Principal {
  userId: string;
  name: string;
  email: string;
  role: Role;
  via: 'session' | 'token';
  /** The API token used, when via is 'token'. */
  tokenId: number | null;
}

export type RefusalCode = 'unauthorized' | 'forbidden' | 'account_disabled' | 'cross_site_request';

export interface Refusal {
  status: 401 | 403;
  code: RefusalCode;
  message: string;
}

export type AuthResult = { ok: true; principal: Principal } | { ok: false; refusal: Refusal };

export interface RequestFacts {
  method: string;
  headers: Headers;
  /** The request's URL, when there is one (route handlers). */
  url?: string;
}

interface Account {
  id: string;
  name: string;
  email: string;
  role?: string | null;
  banned?: boolean | null;
  banExpires?: Date | null;
}

/** A token's last use is written at most this often, so a busy script does not write on every call. */
const TOUCH_INTERVAL_MS = 60_000;

const refuse = (status: 401 | 403, code: RefusalCode, message: string): AuthResult => ({ ok: false, refusal: { status, code, message } });

function isDisabled(account: Account, now: Date): boolean {
  return account.banned === true && (!account.banExpires || account.banExpires > now);
}

function decide(account: Account, needed: Role, via: Principal['via'], tokenId: number | null): AuthResult {
  if (isDisabled(account, new Date())) return refuse(403, 'account_disabled', 'This account is disabled. An admin can enable it again.');
  if (!isRole(account.role) || !roleAllows(account.role, needed)) {
    return refuse(403, 'forbidden', `This needs the ${needed} role, which this account does not have.`);
  }
  return { ok: true, principal: { userId: account.id, name: account.name, email: account.email, role: account.role, via, tokenId } };
}

async function authorizeToken(authorization: string, needed: Role): Promise<AuthResult> {
  const match = /^Bearer +(\S+)$/i.exec(authorization.trim());
  if (!match) return refuse(401, 'unauthorized', 'The Authorization header must be "Bearer <token>", with a token from `npm run user:token`.');
  const token = match[1];
  const found = looksLikeApiToken(token) ? await findApiToken(hashApiToken(token)) : null;
  if (!found) return refuse(401, 'unauthorized', 'This API token is not valid.');
  if (found.revokedAt) return refuse(401, 'unauthorized', 'This API token was revoked.');
  const result = decide(found.user, needed, 'token', found.id);
  const now = new Date();
  if (result.ok && (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > TOUCH_INTERVAL_MS)) {
    await touchApiToken(found.id, now);
  }
  return result;
}

async function authorizeSession(request: RequestFacts, needed: Role): Promise<AuthResult> {
  if (!getSessionCookie(request.headers, { cookiePrefix: COOKIE_PREFIX })) {
    return refuse(401, 'unauthorized', 'Sign in at /admin/sign-in, or send an API token as "Authorization: Bearer <token>".');
  }
  if (isUnsafeMethod(request.method) && !isSameOriginRequest(request.headers, trustedOrigins(request.headers, request.url))) {
    return refuse(403, 'cross_site_request', 'This request did not come from this site’s own pages, so its session cookie is not accepted. Scripts use an API token.');
  }
  const session = await authFor(request.headers).api.getSession({ headers: request.headers });
  if (!session) return refuse(401, 'unauthorized', 'Your session has ended. Sign in again at /admin/sign-in.');
  return decide(session.user, needed, 'session', null);
}

export async function authorize(request: RequestFacts, needed: Role): Promise<AuthResult> {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) return authorizeToken(authorization, needed);
  return authorizeSession(request, needed);
}
