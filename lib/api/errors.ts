// The API's one error shape, `{ "error": { "code", "message" } }`. Handlers throw ApiError; apiRoute
// (lib/api/route.ts) turns it into the response, so no handler writes an error body by hand.

export const API_ERROR_CODES = [
  'invalid_parameter',
  'unknown_parameter',
  'invalid_path',
  'invalid_body',
  'body_too_large',
  'length_required',
  'unknown_host',
  'not_found',
  'method_not_allowed',
  'rate_limited',
  'internal_error',
  'unavailable',
  'unauthorized',
  'forbidden',
  'account_disabled',
  'cross_site_request',
  'invalid_fields',
  'invalid_rows',
  'conflict',
  'duplicate',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  /** `details` says more where a client can act on it: the bad fields of a 422, the current version of a 409. */
  error: { code: ApiErrorCode; message: string; details?: unknown };
}

export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 421 | 422 | 429 | 500 | 503;

export class ApiError extends Error {
  constructor(
    readonly status: ApiErrorStatus,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function invalidParameter(message: string): ApiError {
  return new ApiError(400, 'invalid_parameter', message);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'not_found', message);
}

export function errorBody(code: ApiErrorCode, message: string, details?: unknown): string {
  const body: ApiErrorBody = { error: details === undefined ? { code, message } : { code, message, details } };
  return JSON.stringify(body);
}

/**
 * Errors are never cached: a 400 for a revision not written yet becomes a 200 after the next import.
 * A 401 names the scheme it wants (RFC 9110 §11.6.1).
 */
export function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  return new Response(errorBody(error.code, error.message, error.details), {
    status: error.status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(error.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="sourced-figures"' } : {}),
      ...headers,
    },
  });
}
