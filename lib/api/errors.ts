// The API's one error shape, `{ "error": { "code", "message" } }`. Handlers throw ApiError; apiRoute
// (lib/api/route.ts) turns it into the response, so no handler writes an error body by hand.

export const API_ERROR_CODES = [
  'invalid_parameter',
  'unknown_parameter',
  'invalid_body',
  'not_found',
  'internal_error',
  'unauthorized',
  'forbidden',
  'account_disabled',
  'cross_site_request',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 500,
    readonly code: ApiErrorCode,
    message: string,
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

/**
 * Errors are never cached: a 400 for a revision not written yet becomes a 200 after the next import.
 * A 401 names the scheme it wants (RFC 9110 §11.6.1).
 */
export function errorResponse(error: ApiError): Response {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(error.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="sourced-figures"' } : {}),
    },
  });
}
