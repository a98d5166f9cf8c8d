// Wraps a route handler so that every failure leaves in the API's one error shape: an ApiError with
// its status, a database outage as a 503 with Retry-After, anything else as a logged 500 that
// reveals nothing of the server. Writes use guardedApiRoute (./guarded-route.ts), which adds the
// authorization every write needs.
import { DATABASE_UNREACHABLE } from '@/lib/database/unavailable';
import { reportIfDatabaseUnavailable } from '@/lib/server/outage-signal';
import { ApiError, errorResponse } from './errors';

/** The context Next passes to a handler under a dynamic segment. */
export interface SegmentContext<Params> {
  params: Promise<Params>;
}

export type Handler<Context> = (request: Request, context: Context) => Promise<Response>;

export function apiRoute<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      if (reportIfDatabaseUnavailable(error)) {
        return errorResponse(new ApiError(503, 'unavailable', DATABASE_UNREACHABLE.message), {
          'Retry-After': String(DATABASE_UNREACHABLE.retryAfterSeconds),
        });
      }
      console.error(`${request.method} ${new URL(request.url).pathname} failed`, error);
      return errorResponse(new ApiError(500, 'internal_error', 'The server could not answer this request. Please try again later.'));
    }
  };
}
