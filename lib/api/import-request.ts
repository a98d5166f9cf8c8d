// POST /api/v1/imports: a multipart body with the files `figures`, `series` and `events` (any of
// them), `reason` and `retire_missing`. The upload is refused as a whole (413) past MAX_IMPORT_BYTES
// before it is read. With `Accept: application/x-ndjson` the answer is a stream of one JSON object per
// line: `{"progress": …}` as the files are read, checked and written, then `{"result": …}` or
// `{"error": …}`, so a browser can draw a progress bar for a 100,000-row file.
import { ImportError } from '@/lib/importer/errors';
import type { ImportProgress } from '@/lib/importer/import-files';
import { describeImportError, IMPORT_TABLES, type ImportTable, type ImportUpload } from '@/lib/importer/upload';
import { MAX_IMPORT_BYTES } from '@/lib/limits';
import { reportIfDatabaseUnavailable } from '@/lib/server/outage-signal';
import { ApiError } from './errors';

/** Room for the multipart framing and the text fields around the files. */
const FRAMING_BYTES = 64 * 1024;

const MEGABYTE = 1024 * 1024;

export interface ImportRequest {
  upload: ImportUpload;
  reason: string | null;
}

const TEXT_FIELDS = ['reason', 'retire_missing'] as const;
const MAX_REASON = 2_000;

function tooLarge(): ApiError {
  return new ApiError(
    413,
    'body_too_large',
    `The upload is larger than ${MAX_IMPORT_BYTES / MEGABYTE} MB, the most one import takes; nothing was imported. Split the figures file (by series, say) and import the parts one after the other.`,
  );
}

function flag(value: string, name: string): boolean {
  if (/^(?:1|true|on|yes)$/i.test(value)) return true;
  if (/^(?:0|false|off|no|)$/i.test(value)) return false;
  throw new ApiError(400, 'invalid_body', `Field "${name}" must be 1 or 0 (true or false), not ${JSON.stringify(value.slice(0, 40))}.`);
}

/** Reads the multipart body; every problem is a 4xx in the API's error shape. */
export async function readImportRequest(request: Request): Promise<ImportRequest> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new ApiError(400, 'invalid_body', 'Send the files as multipart/form-data, with fields figures, series, events and reason (curl -F figures=@figures.csv).');
  }
  // The web server refuses bodies of no declared length, and larger ones, before they reach here.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES + FRAMING_BYTES) throw tooLarge();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError(400, 'invalid_body', 'The body is not valid multipart/form-data.');
  }
  const files: ImportUpload['files'] = {};
  const text: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
  let size = 0;
  for (const [name, value] of form) {
    if ((IMPORT_TABLES as readonly string[]).includes(name)) {
      const table = name as ImportTable;
      if (files[table]) throw new ApiError(400, 'invalid_body', `Field "${name}" is given more than once; give one file for it.`);
      const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(await value.arrayBuffer());
      size += bytes.byteLength;
      if (size > MAX_IMPORT_BYTES) throw tooLarge();
      const label = typeof value === 'string' || !value.name ? `${table}.csv` : value.name.slice(0, 200);
      files[table] = { bytes, label };
    } else if ((TEXT_FIELDS as readonly string[]).includes(name) && typeof value === 'string') {
      if (name in text) throw new ApiError(400, 'invalid_body', `Field "${name}" is given more than once.`);
      text[name as (typeof TEXT_FIELDS)[number]] = value;
    } else {
      throw new ApiError(400, 'invalid_body', `Unknown field "${name.slice(0, 60)}": the fields are ${[...IMPORT_TABLES, ...TEXT_FIELDS].join(', ')}.`);
    }
  }
  const reason = text.reason?.trim() ?? '';
  if (reason.length > MAX_REASON) throw new ApiError(400, 'invalid_body', `Field "reason" is longer than ${MAX_REASON} characters.`);
  return { upload: { files, retireMissing: flag(text.retire_missing ?? '', 'retire_missing') }, reason: reason || null };
}

/** The reason a write needs; a dry run may go without. */
export function requireReason(request: ImportRequest): string {
  if (request.reason) return request.reason;
  throw new ApiError(422, 'invalid_fields', 'Say why: the reason is shown with the import in the public corrections log.', [
    { field: 'reason', message: 'say why: the reason is shown with the import in the public corrections log' },
  ]);
}

/** Files that cannot be imported, as the API answers them: 422 with every problem by row and column. */
export function importRefusal(error: unknown): ApiError | null {
  if (!(error instanceof ImportError)) return null;
  const described = describeImportError(error);
  return new ApiError(422, 'invalid_rows', `${error.file}: ${described.total} problem${described.total === 1 ? '' : 's'}, nothing imported.`, described);
}

export function wantsProgress(request: Request): boolean {
  return /\bapplication\/x-ndjson\b/i.test(request.headers.get('accept') ?? '');
}

/** The error line that ends a stream, in the API's error shape. */
function errorLine(error: unknown, path: string): { error: { code: string; message: string; details?: unknown } } {
  const refused = importRefusal(error) ?? (error instanceof ApiError ? error : null);
  if (refused) return { error: { code: refused.code, message: refused.message, ...(refused.details === undefined ? {} : { details: refused.details }) } };
  if (reportIfDatabaseUnavailable(error)) return { error: { code: 'unavailable', message: 'The database cannot be reached; nothing was imported. Try again in a minute.' } };
  console.error(`POST ${path} failed`, error);
  return { error: { code: 'internal_error', message: 'The server could not finish the import; nothing was imported. Please try again later.' } };
}

/**
 * Runs `work` and streams its progress and outcome as NDJSON. The status is 200 once the request was
 * authorized and its body read; the last line says whether the import was done (`result`) or not (`error`).
 */
export function progressStream(path: string, work: (onProgress: (progress: ImportProgress) => void) => Promise<unknown>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        send({ result: await work((progress) => send({ progress })) });
      } catch (error) {
        send(errorLine(error, path));
      }
      controller.close();
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
