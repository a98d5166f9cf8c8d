// The write API's part of the OpenAPI document: who may call it (an editor's bearer token or session
// cookie), what each write takes and answers, and how it is refused.
import '@/lib/api/write-requests';
import type { OperationObject, ParameterObject, PathItemObject, Reference, ResponseObject, SecuritySchemeObject } from './types';

const ref = (kind: 'schemas' | 'responses', name: string): Reference => ({ $ref: `#/components/${kind}/${name}` });
const errorContent = { 'application/json': { schema: ref('schemas', 'Error') } };

export const securitySchemes: Record<string, SecuritySchemeObject> = {
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token of an editor or admin, from `npm run user:token` or /admin/accounts: `Authorization: Bearer sf_…`.',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'sf.session_token',
    description: 'The session of a signed-in editor (the admin pages; __Secure-sf.session_token over https); a cross-site request that relies on it is refused.',
  },
};

export const writeResponses: Record<string, ResponseObject> = {
  Unauthorized: { description: 'No credentials, or ones that are not valid (a revoked or unknown token).', content: errorContent },
  Forbidden: { description: 'The account may not do this: it is no editor, it is disabled, or the request is cross-site.', content: errorContent },
  Conflict: {
    description:
      'A stale baseVersion (code "conflict"): someone saved the record since; `details` holds baseVersion, currentVersion, the ' +
      'current content and what changed field by field. Or the record exists already (code "duplicate"). Nothing was written.',
    content: errorContent,
  },
  InvalidFields: {
    description: 'The dataset\'s rules refuse the record; `details` is a list of { field, message }. Nothing was written.',
    content: errorContent,
  },
  InvalidRows: {
    description:
      'The files cannot be imported (code "invalid_rows"): `details` is { file, issues: [{ row, column, message }], total }, every problem ' +
      'of the first file that has any, by row (as a spreadsheet numbers them, the header is row 1) and column. Nothing was written. ' +
      'A write without a reason answers "invalid_fields".',
    content: errorContent,
  },
};

const refusals = {
  '400': ref('responses', 'BadRequest'),
  '401': ref('responses', 'Unauthorized'),
  '403': ref('responses', 'Forbidden'),
  '413': ref('responses', 'PayloadTooLarge'),
  '422': ref('responses', 'InvalidFields'),
  '429': ref('responses', 'TooManyRequests'),
  '500': ref('responses', 'InternalError'),
  '503': ref('responses', 'Unavailable'),
};
const editRefusals = { ...refusals, '404': ref('responses', 'NotFound'), '409': ref('responses', 'Conflict') };

const security: Record<string, string[]>[] = [{ bearerToken: [] }, { sessionCookie: [] }];

function pathParameter(name: string, description: string, type: 'string' | 'integer'): ParameterObject {
  return { name, in: 'path', required: true, description, schema: { type } };
}

function write(operationId: string, summary: string, body: string, created: boolean, parameters: ParameterObject[] = []): OperationObject {
  const ok: ResponseObject = {
    description: created ? 'Created, as one new dataset revision; Location is its address.' : 'Written as one new dataset revision, or nothing when nothing changed (revision null).',
    content: { 'application/json': { schema: ref('schemas', 'WriteResult') } },
  };
  return {
    operationId,
    summary,
    tags: ['curation'],
    security,
    parameters,
    requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', body) } } },
    responses: { [created ? '201' : '200']: ok, ...(created ? { ...refusals, '409': ref('responses', 'Conflict') } : editRefusals) },
  };
}

function kindPaths(kind: string, plural: string, key: ParameterObject): Record<string, PathItemObject> {
  const name = kind[0].toUpperCase() + kind.slice(1);
  const one = `/api/v1/${plural}/{${key.name}}`;
  return {
    [`/api/v1/${plural}`]: { post: write(`create${name}`, `Create a ${kind}`, `Create${name}Request`, true) },
    [one]: { patch: write(`edit${name}`, `Correct a ${kind}: the fields that change, from the version the edit started at`, 'EditRequest', false, [key]) },
    [`${one}/retire`]: { post: write(`retire${name}`, `Retire a ${kind}: it stays in the history, readable as of every revision it had`, 'RetireRequest', false, [key]) },
  };
}

const summarySchema = {
  type: 'object',
  description: 'What the files create, correct, leave unchanged and retire.',
  properties: Object.fromEntries(
    ['seriesCreated', 'seriesUpdated', 'figuresCreated', 'figuresCorrected', 'figuresUnchanged', 'figuresRetired', 'eventsWritten'].map((name) => [name, { type: 'integer' }]),
  ),
};

const importResultSchema = {
  type: 'object',
  properties: {
    dryRun: { type: 'boolean' },
    revision: { type: ['integer', 'null'], description: 'The revision written (not in a dry run), or null when the files changed nothing.' },
    summary: summarySchema,
    corrections: {
      type: 'array',
      description: 'Dry run only: each figure the files would correct or retire (the first 200), with what changes field by field.',
      items: {
        type: 'object',
        properties: {
          figureId: { type: 'integer' },
          change: { enum: ['corrected', 'retired'] },
          claimant: { type: 'string' },
          publisher: { type: 'string' },
          changes: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, from: {}, to: {} } } },
        },
      },
    },
    correctionsTotal: { type: 'integer', description: 'Dry run only: corrections and retirements in all.' },
  },
};

const importPath: PathItemObject = {
  post: {
    operationId: 'importFiles',
    summary: 'Import CSV files (the CLI\'s format) as one revision, or preview what they would do',
    description:
      'Multipart fields: `figures`, `series`, `events` (files; give any of them), `reason` (required unless dry_run=1), ' +
      '`retire_missing` (1: the figures file is complete for its series, and their figures it leaves out are retired). ' +
      'Every row is validated before anything is written; one problem and nothing is imported. At most 50 MB in all. ' +
      'With `Accept: application/x-ndjson` the answer streams one JSON object per line: `{"progress": {"phase": "validating", ' +
      '"file", "rows", "totalRows"}}`, `{"progress": {"phase": "checking"}}`, `{"progress": {"phase": "writing", "rows", "totalRows"}}`, ' +
      'and last `{"result": …}` (the JSON answer\'s body) or `{"error": {"code", "message", "details"}}`; its status is 200 once the upload was read.',
    tags: ['curation'],
    security,
    parameters: [
      {
        name: 'dry_run',
        in: 'query',
        required: false,
        description: 'With 1, nothing is written: the answer says what the files would create, correct and retire, and lists each correction field by field.',
        schema: { type: 'string', enum: ['1', '0', 'true', 'false'] },
      },
    ],
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: {
              figures: { type: 'string', format: 'binary' },
              series: { type: 'string', format: 'binary' },
              events: { type: 'string', format: 'binary' },
              reason: { type: 'string', maxLength: 2000 },
              retire_missing: { type: 'string', enum: ['1', '0', 'true', 'false'] },
            },
          },
        },
      },
    },
    responses: {
      '200': {
        description: 'The dry run\'s preview, or an import that changed nothing (revision null); with Accept: application/x-ndjson, the progress stream.',
        content: { 'application/json': { schema: importResultSchema }, 'application/x-ndjson': { schema: { type: 'string' } } },
      },
      '201': {
        description: 'Imported as one new revision; Location is its address in the API.',
        content: { 'application/json': { schema: importResultSchema } },
      },
      ...refusals,
      '422': ref('responses', 'InvalidRows'),
    },
  },
};

export function writePaths(): Record<string, PathItemObject> {
  return {
    ...kindPaths('figure', 'figures', pathParameter('id', 'The figure\'s id (figureId in the read API).', 'integer')),
    ...kindPaths('series', 'series', pathParameter('slug', 'The series id, e.g. troops-deployed.', 'string')),
    ...kindPaths('event', 'events', pathParameter('slug', 'The event\'s slug.', 'string')),
    '/api/v1/imports': importPath,
    '/api/v1/extract': {
      post: {
        operationId: 'extractFigures',
        summary: 'Candidate figures in an article\'s text, for an editor to review; nothing is saved',
        description:
          'Each candidate has value, qualifier, low, high, unit, what, claimant, claimant_org, via, period_start, period_end, ' +
          'quote with its start and end offsets into the text, a suggested series and a confidence from 0 to 1.',
        tags: ['curation'],
        security,
        requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', 'ExtractRequest') } } },
        responses: {
          '200': { description: 'The candidates, in text order.', content: { 'application/json': { schema: { type: 'object', properties: { figures: { type: 'array', items: { type: 'object' } } } } } } },
          ...refusals,
        },
      },
    },
  };
}
