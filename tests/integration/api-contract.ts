// Calls the API's route handlers directly (no server) and checks every answer against the OpenAPI
// document: the status must be one the operation declares, and a JSON body must match the declared
// schema (JSON Schema 2020-12, checked with ajv). Each call is recorded, so a test can prove that every
// operation was seen answering both a success and an error.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { OpenApiDocument, Reference, ResponseObject } from '@/lib/openapi/types';

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type RouteModule = Record<string, Handler | unknown>;

/** Each route: its URL pattern, the document's path template, and how to load its handlers. */
const ROUTES: { pattern: RegExp; template: string; load: () => Promise<RouteModule> }[] = [
  { pattern: /^\/api\/v1\/series$/, template: '/api/v1/series', load: () => import('@/app/api/v1/series/route') },
  { pattern: /^\/api\/v1\/series\/(?<slug>[^/]+)$/, template: '/api/v1/series/{slug}', load: () => import('@/app/api/v1/series/[slug]/route') },
  {
    pattern: /^\/api\/v1\/series\/(?<slug>[^/]+)\/figures$/,
    template: '/api/v1/series/{slug}/figures',
    load: () => import('@/app/api/v1/series/[slug]/figures/route'),
  },
  {
    pattern: /^\/api\/v1\/series\/(?<slug>[^/]+)\/figures\.csv$/,
    template: '/api/v1/series/{slug}/figures.csv',
    load: () => import('@/app/api/v1/series/[slug]/figures.csv/route'),
  },
  { pattern: /^\/api\/v1\/claimants$/, template: '/api/v1/claimants', load: () => import('@/app/api/v1/claimants/route') },
  { pattern: /^\/api\/v1\/publishers$/, template: '/api/v1/publishers', load: () => import('@/app/api/v1/publishers/route') },
  { pattern: /^\/api\/v1\/revisions$/, template: '/api/v1/revisions', load: () => import('@/app/api/v1/revisions/route') },
  { pattern: /^\/api\/v1\/revisions\/(?<rev>[^/]+)$/, template: '/api/v1/revisions/{rev}', load: () => import('@/app/api/v1/revisions/[rev]/route') },
  { pattern: /^\/api\/v1\/links$/, template: '/api/v1/links', load: () => import('@/app/api/v1/links/route') },
  { pattern: /^\/api\/v1\/export\.csv$/, template: '/api/v1/export.csv', load: () => import('@/app/api/v1/export.csv/route') },
  { pattern: /^\/api\/v1\/openapi\.json$/, template: '/api/v1/openapi.json', load: () => import('@/app/api/v1/openapi.json/route') },
  { pattern: /^\/api\/v1\/series\/(?<slug>[^/]+)\/retire$/, template: '/api/v1/series/{slug}/retire', load: () => import('@/app/api/v1/series/[slug]/retire/route') },
  { pattern: /^\/api\/v1\/figures$/, template: '/api/v1/figures', load: () => import('@/app/api/v1/figures/route') },
  { pattern: /^\/api\/v1\/figures\/(?<id>[^/]+)$/, template: '/api/v1/figures/{id}', load: () => import('@/app/api/v1/figures/[id]/route') },
  { pattern: /^\/api\/v1\/figures\/(?<id>[^/]+)\/retire$/, template: '/api/v1/figures/{id}/retire', load: () => import('@/app/api/v1/figures/[id]/retire/route') },
  { pattern: /^\/api\/v1\/events$/, template: '/api/v1/events', load: () => import('@/app/api/v1/events/route') },
  { pattern: /^\/api\/v1\/events\/(?<slug>[^/]+)$/, template: '/api/v1/events/{slug}', load: () => import('@/app/api/v1/events/[slug]/route') },
  { pattern: /^\/api\/v1\/events\/(?<slug>[^/]+)\/retire$/, template: '/api/v1/events/{slug}/retire', load: () => import('@/app/api/v1/events/[slug]/retire/route') },
  { pattern: /^\/api\/v1\/extract$/, template: '/api/v1/extract', load: () => import('@/app/api/v1/extract/route') },
  { pattern: /^\/api\/v1\/imports$/, template: '/api/v1/imports', load: () => import('@/app/api/v1/imports/route') },
];

export const ORIGIN = 'http://sourced-figures.test';

export interface ApiCall {
  response: Response;
  /** The body as text ('' for a 304). */
  text: string;
  /** The parsed body of a JSON answer. */
  json: unknown;
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  headers?: Record<string, string>;
  /** JSON (an object, or its text), or a multipart form. */
  body?: unknown;
}

function resolve<T>(document: OpenApiDocument, value: T | Reference): T {
  if (value && typeof value === 'object' && '$ref' in value) {
    const [, kind, name] = /^#\/components\/(\w+)\/(.+)$/.exec(value.$ref) ?? [];
    const group = (document.components as Record<string, Record<string, unknown>>)[kind];
    if (!group?.[name]) throw new Error(`unresolvable $ref ${value.$ref}`);
    return group[name] as T;
  }
  return value as T;
}

export function createContract(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The component schemas refer to each other as #/components/schemas/X; as one schema with $defs,
  // ajv resolves those references itself.
  const root = JSON.parse(
    JSON.stringify({ $id: 'https://sourced-figures.test/api.json', $defs: document.components.schemas }).replaceAll(
      '#/components/schemas/',
      '#/$defs/',
    ),
  );
  ajv.addSchema(root);
  const seen: { template: string; method: string; status: number }[] = [];

  function check(template: string, method: string, call: ApiCall): void {
    const operation = document.paths[template]?.[method.toLowerCase() as 'get' | 'post' | 'patch'];
    if (!operation) throw new Error(`the document has no ${method} ${template}`);
    const status = call.response.status;
    const declared = operation.responses[String(status)];
    if (!declared) throw new Error(`${method} ${template} answered ${status}, which the document does not declare`);
    seen.push({ template, method, status });
    const response = resolve<ResponseObject>(document, declared);
    if (status === 304) {
      if (call.text !== '') throw new Error(`${method} ${template}: a 304 must have no body`);
      return;
    }
    const type = (call.response.headers.get('content-type') ?? '').split(';')[0].trim();
    const media = response.content?.[type];
    if (!media) throw new Error(`${method} ${template} ${status}: content type "${type}" is not declared`);
    if (type !== 'application/json') return;
    const schema = JSON.parse(JSON.stringify(media.schema).replaceAll('#/components/schemas/', 'https://sourced-figures.test/api.json#/$defs/'));
    const validate = ajv.compile(schema);
    if (!validate(call.json)) {
      throw new Error(`${method} ${template} ${status} does not match the document:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
    }
  }

  /** Calls the handler for a URL (path and query) and checks the answer against the document. */
  async function call(pathAndQuery: string, options: CallOptions = {}): Promise<ApiCall> {
    const method = options.method ?? 'GET';
    const url = new URL(pathAndQuery, ORIGIN);
    const route = ROUTES.find((r) => r.pattern.test(url.pathname));
    if (!route) throw new Error(`no route for ${url.pathname}`);
    const params = Object.fromEntries(
      Object.entries(route.pattern.exec(url.pathname)?.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
    );
    const handler = (await route.load())[method];
    if (typeof handler !== 'function') throw new Error(`${route.template} has no ${method} handler`);
    const headers = new Headers(options.headers);
    let body: string | FormData | undefined;
    if (options.body instanceof FormData) {
      body = options.body;
    } else if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    const response: Response = await (handler as Handler)(new Request(url, { method, headers, body }), {
      params: Promise.resolve(params),
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
    const result: ApiCall = { response, text, json: isJson && text ? JSON.parse(text) : undefined };
    check(route.template, method, result);
    return result;
  }

  /** Operations of the document not yet seen answering a success (2xx) and an error (4xx). */
  function unexercised(): string[] {
    const missing: string[] = [];
    for (const [template, item] of Object.entries(document.paths)) {
      for (const method of ['get', 'post', 'patch'] as const) {
        const operation = item[method];
        if (!operation) continue;
        const statuses = seen.filter((s) => s.template === template && s.method.toLowerCase() === method).map((s) => s.status);
        if (!statuses.some((s) => s >= 200 && s < 300)) missing.push(`${method.toUpperCase()} ${template} 2xx`);
        const declaresErrors = Object.keys(operation.responses).some((s) => s.startsWith('4'));
        if (declaresErrors && !statuses.some((s) => s >= 400 && s < 500)) missing.push(`${method.toUpperCase()} ${template} 4xx`);
      }
    }
    return missing;
  }

  return { call, unexercised };
}
