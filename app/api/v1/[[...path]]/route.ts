// /api/v1 itself and any other address under it answer in the API's error shape rather than with an HTML page.
import { errorResponse, notFound } from '@/lib/api/errors';

function unknownEndpoint(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(notFound(`There is no endpoint ${pathname}; /api/v1/openapi.json lists them.`));
}

export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
