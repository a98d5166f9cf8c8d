// apiRoute with the authorization every write needs, in one line:
//
//   export const POST = guardedApiRoute('editor', async (request, context, principal) => { ... });
//
// Kept apart from apiRoute so that the read routes do not load the authentication library.
import { authorize, type Principal } from '@/lib/auth/guard';
import type { Role } from '@/lib/auth/roles';
import { ApiError } from './errors';
import { apiRoute, type Handler } from './route';

/** A handler that runs only for an enabled account with at least `role`; it names the role it needs. */
export type GuardedHandler<Context> = Handler<Context> & { readonly requiredRole: Role };

/**
 * A route handler that first checks the bearer token or session cookie, the account and its role,
 * and refuses a cross-site request that relies on the cookie; the refusal is a 401 or 403 in the
 * API's error shape, and the handler is never called.
 */
export function guardedApiRoute<Context>(
  role: Role,
  handler: (request: Request, context: Context, principal: Principal) => Promise<Response>,
): GuardedHandler<Context> {
  const guarded = apiRoute<Context>(async (request, context) => {
    const result = await authorize({ method: request.method, headers: request.headers, url: request.url }, role);
    if (!result.ok) throw new ApiError(result.refusal.status, result.refusal.code, result.refusal.message);
    return handler(request, context, result.principal);
  });
  return Object.assign(guarded, { requiredRole: role });
}
