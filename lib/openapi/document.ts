// The OpenAPI 3.1 document of the data API, served at /api/v1/openapi.json. The schemas are generated
// from the zod schemas the handlers use (lib/api/schemas.ts, lib/api/params.ts), so what the document
// promises is what the code returns; tests validate the document and every endpoint's answers.
import { z } from 'zod';
import {
  explorerStateQuery,
  figuresCsvQuery,
  figuresQuery,
  listQuery,
  MAX_PAGE_SIZE,
} from '@/lib/api/params';
import { apiSchemas } from '@/lib/api/schemas';
import { MAX_CSV_FIGURES, MAX_DRAWN_PER_VIEW, MAX_FIGURES_PER_VIEW } from '@/lib/limits';
import type {
  HeaderObject,
  JsonSchema,
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  PathItemObject,
  Reference,
  ResponseObject,
} from './types';
import { securitySchemes, writePaths, writeResponses } from './write-paths';

const ref = (kind: 'schemas' | 'responses' | 'headers' | 'parameters', name: string): Reference => ({
  $ref: `#/components/${kind}/${name}`,
});

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` });
  // `$schema` and `$id` describe a standalone schema; inside the document they are noise, and an
  // `$id` holding a fragment is not allowed by JSON Schema 2020-12.
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const rest: JsonSchema = { ...schema };
      delete rest.$schema;
      delete rest.$id;
      return [name, rest];
    }),
  );
}

function queryParameters(schema: z.ZodObject): ParameterObject[] {
  const json = z.toJSONSchema(schema, { io: 'output' }) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query' as const,
      // On the output side a parameter with a default is "required" too, though a request may leave it out.
      required: (json.required ?? []).includes(name) && !('default' in rest),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const headers: Record<string, HeaderObject> = {
  ETag: {
    description: 'A strong hash of the body. Send it back in If-None-Match to get a 304 when nothing changed.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description:
      'public, max-age=60, s-maxage=60, stale-while-revalidate=300 for the latest data; public, max-age=31536000, immutable for data pinned with rev= ' +
      '(and for a revision\'s changes), which never changes; no-store for errors and short links.',
    schema: { type: 'string' },
  },
};

const cachedHeaders = { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'Cache-Control') };

const errorContent = { 'application/json': { schema: ref('schemas', 'Error') } };

const responses: Record<string, ResponseObject> = {
  NotModified: { description: 'The ETag in If-None-Match still matches: nothing changed.', headers: cachedHeaders },
  BadRequest: { description: 'A parameter or the body is invalid; the message names it.', content: errorContent },
  NotFound: { description: 'Nothing at this address: an unknown series or revision.', content: errorContent },
  InternalError: { description: 'The server failed; the message reveals nothing of it.', content: errorContent },
  PayloadTooLarge: { description: 'The body is larger than the endpoint takes: 16 KB, 60 KB for /api/v1/extract, 50 MB for /api/v1/imports.', content: errorContent },
  TooManyRequests: {
    description: 'This client made too many changes in the last minute; Retry-After says how many seconds to wait.',
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
    content: errorContent,
  },
  Unavailable: {
    description: 'The database cannot be reached right now; Retry-After says when to ask again.',
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
    content: errorContent,
  },
};

function jsonOk(description: string, schemaName: string): ResponseObject {
  return { description, headers: cachedHeaders, content: { 'application/json': { schema: ref('schemas', schemaName) } } };
}

function csvOk(description: string): ResponseObject {
  return {
    description:
      `${description} The first line is a comment, "# <permalink> (dataset revision N)"; then a header row and one row ` +
      'per figure with its full citation. Cells that a spreadsheet would run as a formula start with an apostrophe.',
    headers: { ...cachedHeaders, 'Content-Disposition': { schema: { type: 'string' } } },
    content: { 'text/csv': { schema: { type: 'string' } } },
  };
}

function errors(...statuses: ('400' | '404' | '413' | '429')[]): Record<string, Reference> {
  const byStatus = {
    '400': ref('responses', 'BadRequest'),
    '404': ref('responses', 'NotFound'),
    '413': ref('responses', 'PayloadTooLarge'),
    '429': ref('responses', 'TooManyRequests'),
  };
  return {
    ...Object.fromEntries(statuses.map((status) => [status, byStatus[status]])),
    '500': ref('responses', 'InternalError'),
    '503': ref('responses', 'Unavailable'),
  };
}

const slugParameter: ParameterObject = {
  name: 'slug',
  in: 'path',
  required: true,
  description: 'The series id, e.g. troops-deployed.',
  schema: { type: 'string' },
};

function get(operation: Omit<OperationObject, 'responses'> & { ok: ResponseObject; errors: Record<string, Reference> }): { get: OperationObject } {
  const { ok, errors: errorResponses, ...rest } = operation;
  return { get: { ...rest, responses: { '200': ok, '304': ref('responses', 'NotModified'), ...errorResponses } } };
}

/** The read paths with the write operations added: a path can have both (GET and POST /api/v1/series). */
function withWrites(paths: Record<string, PathItemObject>): Record<string, PathItemObject> {
  const merged = { ...paths };
  for (const [path, item] of Object.entries(writePaths())) merged[path] = { ...merged[path], ...item };
  return merged;
}

function buildDocument(): OpenApiDocument {
  const listParameters = queryParameters(listQuery);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sourced Figures data API',
      version: '1.0.0',
      description:
        'Figures on North Korea\'s support for Russia\'s war against Ukraine, each with who made the claim and who ' +
        'published it. Figures are versioned: every change belongs to a numbered dataset revision, and any endpoint that ' +
        'takes rev= shows the data as it stood at that revision. Lists are paged: `limit` (at most ' +
        `${MAX_PAGE_SIZE}) and \`offset\`; follow \`page.next\`. Every error is { "error": { "code", "message" } }.`,
    },
    tags: [
      { name: 'figures', description: 'Series and their figures.' },
      { name: 'sources', description: 'Claimants and publishers.' },
      { name: 'revisions', description: 'The dataset\'s history.' },
      { name: 'links', description: 'Short links to views.' },
      { name: 'curation', description: 'Writes, for editors: each one dataset revision with its author and reason.' },
    ],
    paths: withWrites({
      '/api/v1/series': get({
        operationId: 'listSeries',
        summary: 'Every series, with its number of current figures',
        tags: ['figures'],
        parameters: listParameters,
        ok: jsonOk('A page of series, in topic order.', 'SeriesList'),
        errors: errors('400'),
      }),
      '/api/v1/series/{slug}': get({
        operationId: 'getSeries',
        summary: 'One series',
        tags: ['figures'],
        parameters: [slugParameter],
        ok: jsonOk('The series, with links to its figures.', 'SeriesResponse'),
        errors: errors('400', '404'),
      }),
      '/api/v1/series/{slug}/figures': get({
        operationId: 'listSeriesFigures',
        summary: 'The figures of a series, filtered, as of a revision',
        description: `With format=csv, the matching figures as CSV (not paged, at most ${MAX_CSV_FIGURES}), as /figures.csv gives.`,
        tags: ['figures'],
        parameters: [slugParameter, ...queryParameters(figuresQuery)],
        ok: {
          ...jsonOk('A page of figures, oldest reference period first; undated figures last.', 'FigureList'),
          content: {
            'application/json': { schema: ref('schemas', 'FigureList') },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        errors: errors('400', '404'),
      }),
      '/api/v1/series/{slug}/figures.csv': get({
        operationId: 'downloadSeriesFigures',
        summary: 'The figures of a series as CSV',
        tags: ['figures'],
        parameters: [slugParameter, ...queryParameters(figuresCsvQuery)],
        ok: csvOk(`Every matching figure, up to ${MAX_CSV_FIGURES}; a second comment line says where the rest are when there are more.`),
        errors: errors('400', '404'),
      }),
      '/api/v1/export.csv': get({
        operationId: 'exportExplorerView',
        summary: 'The figures of an explorer view as CSV',
        description:
          'Takes the explorer\'s own URL state, so the page links here with its query string unchanged: the series of s=, ' +
          'in that order, within from/to, as of rev= (the latest when not given; the permalink then pins it).',
        tags: ['figures'],
        parameters: queryParameters(explorerStateQuery),
        ok: csvOk(
          `The figures of the view (the page draws up to ${MAX_DRAWN_PER_VIEW} of them): at most ${MAX_FIGURES_PER_VIEW} in all, shared out between the series, the latest of ` +
            'each; a comment line names each series that has more.',
        ),
        errors: errors('400'),
      }),
      '/api/v1/claimants': get({
        operationId: 'listClaimants',
        summary: 'Everyone who made a claim, with their number of current figures',
        tags: ['sources'],
        parameters: listParameters,
        ok: jsonOk('A page of claimants, by organization then name.', 'ClaimantList'),
        errors: errors('400'),
      }),
      '/api/v1/publishers': get({
        operationId: 'listPublishers',
        summary: 'Every publication that carried a claim, with its number of current figures',
        tags: ['sources'],
        parameters: listParameters,
        ok: jsonOk('A page of publishers, by name.', 'PublisherList'),
        errors: errors('400'),
      }),
      '/api/v1/revisions': get({
        operationId: 'listRevisions',
        summary: 'Dataset revisions, newest first, with what each changed',
        tags: ['revisions'],
        parameters: listParameters,
        ok: jsonOk('A page of revisions.', 'RevisionList'),
        errors: errors('400'),
      }),
      '/api/v1/revisions/{rev}': get({
        operationId: 'getRevision',
        summary: 'One revision and the figure versions it created, corrected or retired',
        tags: ['revisions'],
        parameters: [
          { name: 'rev', in: 'path', required: true, description: 'The revision number.', schema: { type: 'integer', minimum: 1 } },
          ...listParameters,
        ],
        ok: jsonOk('The revision and a page of its changes, each with the version it replaced.', 'RevisionResponse'),
        errors: errors('400', '404'),
      }),
      '/api/v1/links': {
        post: {
          operationId: 'createShortLink',
          summary: 'A short link for a view',
          description:
            'The same view always gets the same code, whatever the order or spelling of its parameters. ' +
            'Codes are random, not sequential. /s/<code> redirects to the view.',
          tags: ['links'],
          requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', 'ShortLinkRequest') } } },
          responses: {
            '201': { description: 'A new code.', content: { 'application/json': { schema: ref('schemas', 'ShortLink') } } },
            '200': { description: 'The code this view already had.', content: { 'application/json': { schema: ref('schemas', 'ShortLink') } } },
            ...errors('400', '413', '429'),
          },
        },
      },
      '/api/v1/openapi.json': get({
        operationId: 'getOpenApiDocument',
        summary: 'This document',
        ok: { description: 'The OpenAPI 3.1 document.', headers: cachedHeaders, content: { 'application/json': { schema: { type: 'object' } } } },
        errors: errors('400'),
      }),
    }),
    components: { schemas: componentSchemas(), headers, responses: { ...responses, ...writeResponses }, securitySchemes },
  };
}

let cached: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  cached ??= buildDocument();
  return cached;
}
