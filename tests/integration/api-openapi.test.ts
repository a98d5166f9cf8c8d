// The OpenAPI document is valid OpenAPI 3.1, checked by a maintained validator of the specification's
// own JSON schemas (@seriousme/openapi-schema-validator). That package is ESM-only, which Jest's
// CommonJS mode cannot load, so it runs in a child Node process.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { openApiDocument } from '@/lib/openapi/document';
import { writeTempFile } from '../helpers/csv-files';

const run = promisify(execFile);

const VALIDATE = `
import { Validator } from '@seriousme/openapi-schema-validator';
const validator = new Validator();
const result = await validator.validate(process.argv[1]);
console.log(JSON.stringify({ valid: result.valid, version: validator.version, errors: result.errors ?? null }));
`;

async function validate(document: unknown): Promise<{ valid: boolean; version: string; errors: unknown }> {
  const file = writeTempFile(JSON.stringify(document), 'openapi.json');
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', VALIDATE, file], { cwd: process.cwd() });
  return JSON.parse(stdout);
}

jest.setTimeout(30_000);

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    expect(await validate(openApiDocument())).toEqual({ valid: true, version: '3.1', errors: null });
  });

  it('is checked for real: a broken document fails the same validator', async () => {
    const document = openApiDocument();
    const series = document.paths['/api/v1/series'].get;
    // "body" parameters were OpenAPI 2; 3.x refuses them.
    const broken = {
      ...document,
      paths: { ...document.paths, '/api/v1/series': { get: { ...series, parameters: [{ name: 'x', in: 'body', schema: {} }] } } },
    };
    expect(await validate(broken)).toMatchObject({ valid: false });
    expect(await validate({ ...document, info: { version: '1' } })).toMatchObject({ valid: false });
  });

  it('documents every route under app/api/v1, its parameters and its error shape', () => {
    const document = openApiDocument();
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/v1/claimants',
      '/api/v1/events',
      '/api/v1/events/{slug}',
      '/api/v1/events/{slug}/retire',
      '/api/v1/export.csv',
      '/api/v1/extract',
      '/api/v1/figures',
      '/api/v1/figures/{id}',
      '/api/v1/figures/{id}/retire',
      '/api/v1/imports',
      '/api/v1/links',
      '/api/v1/openapi.json',
      '/api/v1/publishers',
      '/api/v1/revisions',
      '/api/v1/revisions/{rev}',
      '/api/v1/series',
      '/api/v1/series/{slug}',
      '/api/v1/series/{slug}/figures',
      '/api/v1/series/{slug}/figures.csv',
      '/api/v1/series/{slug}/retire',
    ]);
    const figures = document.paths['/api/v1/series/{slug}/figures'].get;
    expect(figures?.parameters?.map((p) => ('name' in p ? p.name : p.$ref))).toEqual([
      'slug',
      'rev',
      'from',
      'to',
      'claimant',
      'publisher',
      'limit',
      'offset',
      'format',
    ]);
    expect(document.components.schemas.Error).toMatchObject({
      type: 'object',
      required: ['error'],
      properties: { error: { required: ['code', 'message'] } },
    });
    expect(document.components.schemas.Figure).not.toHaveProperty('$id');
  });

  it('says who may call each write, how each is refused, and keeps the reads beside the writes on one path', () => {
    const document = openApiDocument();
    const writes = Object.entries(document.paths).flatMap(([path, item]) =>
      (['post', 'patch'] as const).flatMap((method) => (item[method] && path !== '/api/v1/links' ? [{ path, method, operation: item[method] }] : [])),
    );
    expect(writes.map((w) => `${w.method} ${w.path}`)).toHaveLength(11);
    for (const { operation } of writes) {
      expect(operation?.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
      expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['401', '403', '422']));
    }
    expect(document.paths['/api/v1/figures/{id}'].patch?.responses).toHaveProperty('409');
    expect(document.paths['/api/v1/series'].get?.operationId).toBe('listSeries');
    expect(document.paths['/api/v1/series'].post?.operationId).toBe('createSeries');
    expect(Object.keys(document.components.securitySchemes ?? {})).toEqual(['bearerToken', 'sessionCookie']);
    expect(document.components.schemas.EditRequest).toMatchObject({ required: ['reason', 'baseVersion', 'changes'] });
  });
});
