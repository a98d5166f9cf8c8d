// better-auth, configured for this site: email and password (scrypt) only, no sign-up (accounts are
// made by an admin or `npm run user:create`), sessions in the database behind an httpOnly SameSite=Lax
// cookie, its rate limiter on the app's rate_limits table and its origin checks on. Its admin plugin
// holds the role and the ban (a disabled account) and gives admins create, set-role, ban and
// set-password. Every check is switched on explicitly: better-auth relaxes some outside production
// (no rate limit in development, no origin check when NODE_ENV is "test").
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { admin } from 'better-auth/plugins/admin';
import { createAccessControl } from 'better-auth/plugins/access';
import { defaultStatements } from 'better-auth/plugins/admin/access';
import type { PrismaClient } from '@/generated/prisma/client';
import { httpSettings } from '@/lib/env';
import { checkRateLimit } from '@/lib/rate-limit/rate-limit';
import { CLIENT_ADDRESS_HEADER } from '@/lib/server/client-address';
import { postgresRateLimitStorage } from './rate-limit-storage';
import { trustedOrigins } from './same-origin';

export const AUTH_BASE_PATH = '/api/auth';
export const COOKIE_PREFIX = 'sf';
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** Sign-in attempts per client address, per path; counted whether they succeed or not. */
export const SIGN_IN_LIMIT = { max: 5, windowSeconds: 60 };
/**
 * Sign-in attempts per account, from any address. The per-address limit trusts X-Forwarded-For,
 * which a client talking to Next.js directly can vary; this one it cannot.
 */
export const SIGN_IN_PER_EMAIL_LIMIT = { max: 10, windowSeconds: 15 * 60 };

const ac = createAccessControl(defaultStatements);
// No impersonation and no deleting: revisions name their authors, and a disabled account stays on record.
const roles = {
  admin: ac.newRole({ user: ['create', 'list', 'set-role', 'ban', 'set-password', 'get', 'update'], session: ['list', 'revoke'] }),
  editor: ac.newRole({ user: [], session: [] }),
};

export interface AuthSettings {
  prisma: PrismaClient;
  secret: string;
  /** Whether the session cookie is Secure (and so named with the __Secure- prefix). */
  secureCookies: boolean;
}

const perEmailSignInLimit = (prisma: PrismaClient) =>
  createAuthMiddleware(async (ctx) => {
    if (ctx.path !== '/sign-in/email') return;
    const email = typeof ctx.body?.email === 'string' ? ctx.body.email.trim().toLowerCase() : '';
    if (!email) return;
    const decision = await checkRateLimit(
      `sign-in-email:${email}`,
      { limit: SIGN_IN_PER_EMAIL_LIMIT.max, windowMs: SIGN_IN_PER_EMAIL_LIMIT.windowSeconds * 1000 },
      prisma,
    );
    if (!decision.allowed) {
      throw new APIError(
        'TOO_MANY_REQUESTS',
        { message: 'Too many sign-in attempts for this account. Please try again later.', code: 'TOO_MANY_ATTEMPTS' },
        { 'X-Retry-After': String(decision.retryAfterSeconds) },
      );
    }
  });

type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** better-auth's warnings and errors, less the one about a missing base URL, which is our choice without SITE_URL. */
function logAuth(level: LogLevel, message: string, ...args: unknown[]): void {
  if (message.includes('Base URL is not set')) return;
  (level === 'error' ? console.error : console.warn)(`[better-auth] ${message}`, ...args);
}

export function createAuth({ prisma, secret, secureCookies }: AuthSettings) {
  const { siteUrl } = httpSettings();
  return betterAuth({
    appName: 'Sourced Figures',
    secret,
    // Without SITE_URL better-auth takes the origin from each request, as the rest of the app does.
    baseURL: siteUrl ?? undefined,
    basePath: AUTH_BASE_PATH,
    database: prismaAdapter(prisma, { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    session: { expiresIn: 7 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    trustedOrigins: (request) => (request ? trustedOrigins(request.headers, request.url) : []),
    rateLimit: {
      enabled: true,
      customStorage: postgresRateLimitStorage(prisma),
      customRules: {
        '/sign-in/*': { window: SIGN_IN_LIMIT.windowSeconds, max: SIGN_IN_LIMIT.max },
      },
    },
    hooks: { before: perEmailSignInLimit(prisma) },
    advanced: {
      // The web server puts the client's address here (X-Forwarded-For only behind TRUSTED_PROXIES),
      // so a client cannot pick the address its sign-in attempts are counted under.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: secureCookies,
      cookiePrefix: COOKIE_PREFIX,
      disableCSRFCheck: false,
      disableOriginCheck: false,
    },
    telemetry: { enabled: false },
    logger: { level: 'warn', log: logAuth },
    plugins: [admin({ ac, roles, adminRoles: ['admin'], defaultRole: 'editor' })],
  });
}

export type Auth = ReturnType<typeof createAuth>;
