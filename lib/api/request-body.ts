// Reads a JSON request body through a zod schema; every problem is a 400 in the API's error shape.
import type { z } from 'zod';
import { ApiError } from './errors';

/** Views are small; anything larger is not a view's state. */
const MAX_BODY_BYTES = 16 * 1024;

export async function readJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(400, 'invalid_body', 'Send the body as JSON, with Content-Type: application/json.');
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    throw new ApiError(400, 'invalid_body', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw new ApiError(400, 'invalid_body', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
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
