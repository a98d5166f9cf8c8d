// The guard (./guard.ts) for pages and server actions, which answer a refusal with a redirect rather
// than a JSON error: to sign-in when nobody (or a disabled account) is signed in, to the forbidden
// page when the role is not enough.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { FORBIDDEN_PATH, signInHref } from './admin-paths';
import { authorize, type Principal, type Refusal } from './guard';
import type { Role } from './roles';

function refusalRedirect(refusal: Refusal): never {
  if (refusal.code === 'forbidden') redirect(FORBIDDEN_PATH);
  redirect(signInHref(refusal.code === 'account_disabled' ? 'disabled' : undefined));
}

// Once per request and role: the console's layout and its page both ask.
const authorizePage = cache(async (role: Role) => authorize({ method: 'GET', headers: new Headers(await headers()) }, role));

/** For a page or layout: the signed-in account with at least `role`, or a redirect. */
export async function requirePageRole(role: Role): Promise<Principal> {
  const result = await authorizePage(role);
  if (!result.ok) refusalRedirect(result.refusal);
  return result.principal;
}

/** A server action that needs at least `role`; it names the role, so the authorization test can check it. */
export type GuardedAction<Args extends unknown[], Result> = ((...args: Args) => Promise<Result>) & { readonly requiredRole: Role };

/**
 * Wraps a server action so that it runs only for an enabled account with at least `role`, called
 * from this site's own pages (Next.js checks the Origin too; this also refuses a request without
 * one). The action gets the account first, then its own arguments.
 */
export function guardedAction<Args extends unknown[], Result>(
  role: Role,
  action: (principal: Principal, ...args: Args) => Promise<Result>,
): GuardedAction<Args, Result> {
  const guarded = async (...args: Args): Promise<Result> => {
    const result = await authorize({ method: 'POST', headers: new Headers(await headers()) }, role);
    if (!result.ok) refusalRedirect(result.refusal);
    return action(result.principal, ...args);
  };
  return Object.assign(guarded, { requiredRole: role });
}
