// The app's better-auth instances: one with Secure cookies for requests over https, one without for
// plain http (a browser drops a Secure cookie sent over http, so one setting cannot serve both when
// SITE_URL does not say which it is). Both are built on first use, not at import, so that `next build`
// needs neither the database nor the secret.
import { getPrisma } from '@/lib/db';
import { readAuthEnv } from '@/lib/env';
import { createAuth, type Auth } from './auth';
import { usesSecureCookies } from './same-origin';

const globalForAuth = globalThis as unknown as { sfAuth?: Partial<Record<'https' | 'http', Auth>> };

export function getAuth(secureCookies: boolean): Auth {
  const instances = (globalForAuth.sfAuth ??= {});
  const key = secureCookies ? 'https' : 'http';
  instances[key] ??= createAuth({ prisma: getPrisma(), secret: readAuthEnv().BETTER_AUTH_SECRET, secureCookies });
  return instances[key];
}

/** The instance whose cookies fit the scheme this request came over. */
export function authFor(requestHeaders: Pick<Headers, 'get'>): Auth {
  return getAuth(usesSecureCookies(requestHeaders));
}
