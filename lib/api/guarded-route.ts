// apiRoute with the authorization every write needs, in one line:
//
//   export const POST = guardedApiRoute('editor', async (request, context, principal) => { ... });
//
// Kept apart from apiRoute so that the read routes do not load the authentication library.
import { authorize, type Principal } from '@/lib/auth/guard';
import type { Role } from '@/lib/auth/roles';
import { ConflictError, DuplicateError, NotFoundError, RuleError, ValidationError } from '@/lib/dataset/errors';
import { ApiError } from './errors';
import { apiRoute, type Handler } from './route';

/** A handler that runs only for an enabled account with at least `role`; it names the role it needs. */
export type GuardedHandler<Context> = Handler<Context> & { readonly requiredRole: Role };

/** A refusal of the write path, as the API answers it: nothing was written in any of these cases. */
function writeRefusal(error: unknown): ApiError | null {
  if (error instanceof ValidationError) return new ApiError(422, 'invalid_fields', error.message, error.issues);
  if (error instanceof RuleError) return new ApiError(422, 'invalid_fields', error.message, [{ field: error.field, message: error.message }]);
  if (error instanceof NotFoundError) return new ApiError(404, 'not_found', `${error.message[0].toUpperCase()}${error.message.slice(1)}.`);
  if (error instanceof ConflictError) {
    return new ApiError(409, 'conflict', error.message, {
      baseVersion: error.baseVersion,
      currentVersion: error.currentVersion,
      current: error.current,
      changes: error.changes,
    });
  }
  if (error instanceof DuplicateError) return new ApiError(409, 'duplicate', error.message, { existing: error.existing });
  return null;
}

/**
 * A route handler that first checks the bearer token or session cookie, the account and its role,
 * and refuses a cross-site request that relies on the cookie; the refusal is a 401 or 403 in the
 * API's error shape, and the handler is never called. A write the dataset refuses answers 422 (each
 * bad field named), 404, or 409 (a stale baseVersion, with the current version; a duplicate).
 */
export function guardedApiRoute<Context>(
  role: Role,
  handler: (request: Request, context: Context, principal: Principal) => Promise<Response>,
): GuardedHandler<Context> {
  const guarded = apiRoute<Context>(async (request, context) => {
    const result = await authorize({ method: request.method, headers: request.headers, url: request.url }, role);
    if (!result.ok) throw new ApiError(result.refusal.status, result.refusal.code, result.refusal.message);
    try {
      return await handler(request, context, result.principal);
    } catch (error) {
      throw writeRefusal(error) ?? error;
    }
  });
  return Object.assign(guarded, { requiredRole: role });
}
