// Reads a request's query string through a zod schema. Every problem becomes one 400 that names the
// parameter and says what it accepts; a parameter given twice is refused rather than half-read.
import type { z } from 'zod';
import { ApiError, invalidParameter } from './errors';

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

export function parseQuery<Schema extends z.ZodObject>(request: Request, schema: Schema): z.output<Schema> {
  const params = new URL(request.url).searchParams;
  const record: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in record) throw invalidParameter(`Parameter "${key}" is given more than once; give it once.`);
    record[key] = value;
  }
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;

  const accepted = Object.keys(schema.shape);
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const names = issue.keys.map((key) => `"${key}"`).join(', ');
      const allowed = accepted.length > 0 ? `this endpoint accepts ${accepted.join(', ')}` : 'this endpoint accepts none';
      return { unknown: true, text: `unknown parameter ${names}: ${allowed}` };
    }
    const name = String(issue.path[0]);
    return { unknown: false, text: `${quote(`${name}=${record[name] ?? ''}`)}: ${issue.message}` };
  });
  const message = `Invalid query: ${problems.map((p) => p.text).join('; ')}.`;
  throw new ApiError(400, problems.every((p) => p.unknown) ? 'unknown_parameter' : 'invalid_parameter', message);
}
