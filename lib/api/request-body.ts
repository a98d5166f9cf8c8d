// Reads a JSON request body through a zod schema; every problem is a 4xx in the API's error shape.
// The body is read as a stream and given up on as soon as it passes the limit, so a client cannot make
// the server hold more than that, whatever Content-Length says or if it sends none (chunked).
import type { z } from 'zod';
import { ApiError } from './errors';

/** Views are small; anything larger is not a view's state. */
export const MAX_BODY_BYTES = 16 * 1024;

function tooLarge(limit: number): ApiError {
  return new ApiError(413, 'body_too_large', `The body is larger than ${limit} bytes.`);
}

async function readText(request: Request, limit: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid_body', 'The body is not valid UTF-8.');
  }
}

export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  limit: number = MAX_BODY_BYTES,
): Promise<z.output<Schema>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(400, 'invalid_body', 'Send the body as JSON, with Content-Type: application/json.');
  }
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge(limit);
  const text = await readText(request, limit);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_body', 'The body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      const field = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'the body';
      return `${field}: ${issue.message}`;
    });
    throw new ApiError(400, 'invalid_body', `Invalid body: ${problems.join('; ')}.`);
  }
  return parsed.data;
}
