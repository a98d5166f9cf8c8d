// The bodies of the write API and what each write answers. Every write is signed by the account that
// sends it and explained by its `reason`, which the public corrections log shows; an edit or a retire
// names the version it started from (`baseVersion`), so that a save made in between is never undone.
// What a record may hold is checked by the dataset's own rules (lib/dataset), the same as the importer's
// and the admin forms': these schemas only give the body its shape.
import { z } from 'zod';
import type { Principal } from '@/lib/auth/guard';
import type { Curation } from '@/lib/curation/common';
import { notFound } from './errors';
import { jsonResponse } from './responses';
import { apiSchemas } from './schemas';

const reason = z
  .string()
  .trim()
  .min(1, 'say why: the reason is shown with the change in the public corrections log')
  .max(2000)
  .describe('Why: shown with the change in the public corrections log.');
const baseVersion = z.number().int().min(1).describe('The version the edit started from; a stale one answers 409 with the current version.');
const fields = z.record(z.string(), z.unknown());

const record = (kind: string) => fields.describe(`The new ${kind}, its fields named as the read API names them.`);
export const createFigureRequestSchema = z.strictObject({ reason, figure: record('figure') }).register(apiSchemas, { id: 'CreateFigureRequest' });
export const createSeriesRequestSchema = z.strictObject({ reason, series: record('series') }).register(apiSchemas, { id: 'CreateSeriesRequest' });
export const createEventRequestSchema = z.strictObject({ reason, event: record('event') }).register(apiSchemas, { id: 'CreateEventRequest' });

export const editRequestSchema = z.strictObject({
  reason,
  baseVersion,
  changes: fields.describe('Only the fields that change, named as the read API names them.'),
}).register(apiSchemas, { id: 'EditRequest' });

export const retireRequestSchema = z.strictObject({ reason, baseVersion }).register(apiSchemas, { id: 'RetireRequest' });

export const writeResultSchema = z.object({
  figureId: z.number().int().optional().describe('For a figure: its id.'),
  slug: z.string().optional().describe('For a series or an event: its slug.'),
  revision: z.number().int().nullable().describe('The dataset revision the write made, or null when nothing changed.'),
  version: z.number().int().describe('The record\'s version after the write.'),
}).register(apiSchemas, { id: 'WriteResult' });

/** About 10,000 words of English; the web server takes no body above 64 KB. */
export const MAX_EXTRACT_BODY_BYTES = 60 * 1024;

export const extractRequestSchema = z
  .strictObject({
    text: z.string().min(1, 'send the article text').describe('The article text, as plain text.'),
    published: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable()
      .optional()
      .describe('When the article was published: "last year" and "since March" resolve against it.'),
  })
  .register(apiSchemas, { id: 'ExtractRequest' });

/** Who writes and why, for the curation library. */
export function curationOf(principal: Principal, body: { reason: string }): Curation {
  return { actor: { userId: principal.userId, name: principal.name }, reason: body.reason };
}

/** A write's answer: never cached; 201 with the new record's address for a create. */
export function writeResponse(request: Request, body: Record<string, unknown>, location?: string): Response {
  return jsonResponse(request, body, {
    cache: 'none',
    status: location ? 201 : 200,
    headers: location ? { Location: location } : {},
  });
}

/** A figure's id from its path segment, or a 404: /api/v1/figures/abc names no figure. */
export function figureId(segment: string): number {
  const id = /^[1-9]\d{0,15}$/.test(segment) ? Number(segment) : NaN;
  if (!Number.isSafeInteger(id)) throw notFound(`There is no figure "${segment}": figures are numbered from 1.`);
  return id;
}
