// The dashboard's HTTP server: Next.js, with what a page or a route cannot do for itself put in front.
// - It listens on HOST (127.0.0.1 unless told otherwise) and tells the app who the client is
//   (client-address.ts), dropping forwarding headers no trusted proxy set.
// - A database outage is answered 503 with Retry-After before the app runs (and so is a request the
//   app failed on because of one), never a page with an error panel or a 500.
// - Every write (POST, PUT, PATCH, DELETE) counts against its client's rate limit, kept in
//   PostgreSQL so that it holds across restarts and instances; a body declared larger than any this
//   site accepts is refused before it is read.
// - Anonymous GETs are answered from the answer cache (answer-cache.ts) while the data is unchanged,
//   and public pages say they may be cached for a short while. Each instance LISTENs for new
//   revisions (lib/database/revision-listener.ts), so an import through any instance, or a script,
//   empties every instance's cache within a second, without a query per request.
// - Public answers name their series for a CDN (Surrogate-Key, Cache-Tag); an answer to a personal
//   request (a cookie or Authorization) or one that sets a cookie is never shared-cacheable.
// - Each request reads under a rule (lib/database/read-routing.ts): personal requests and writes on
//   the primary, public ones on a replica that has the revision they are answered at. With replicas,
//   a successful write also sets a cookie for WROTE_COOKIE_SECONDS, so the writer's next reads, on any
//   instance, are personal and see the write, however far a replica lags.
// The address gate and the security headers stay in proxy.ts, where Next.js runs them for every
// request that reaches it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { constants as zlibConstants, createGzip, type Gzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import next from 'next';
import type { PrismaClient } from '@/generated/prisma/client';
import { errorBody } from '@/lib/api/errors';
import { matchesIfNoneMatch } from '@/lib/api/responses';
import { processReplicaSet, runWithReadRule } from '@/lib/database/read-routing';
import { listenForRevisions } from '@/lib/database/revision-listener';
import { DATABASE_UNREACHABLE } from '@/lib/database/unavailable';
import { isApiLikePath } from '@/lib/http/request-gate';
import { createNonce, CURATION_CACHE_CONTROL, isCurationPath, securityHeaders } from '@/lib/http/security-headers';
import { surrogateKeyHeaders } from '@/lib/http/surrogate-keys';
import { createPrismaClient } from '@/lib/db';
import type { HttpSettings } from '@/lib/env';
import { MAX_IMPORT_BYTES } from '@/lib/limits';
import { getLatestRevision } from '@/lib/queries/get-latest-revision';
import { checkRateLimit, type RateLimitRule } from '@/lib/rate-limit/rate-limit';
import { AnswerCache, storableHeaders, type AnswerCacheLimits, DEFAULT_CACHE_LIMITS } from './answer-cache';
import { CLIENT_ADDRESS_HEADER, clientAddress, FORWARDING_HEADERS, rateLimitSubject } from './client-address';
import { DatabaseState, type DatabaseSnapshot } from './database-state';
import { listenForDatabaseOutages } from './outage-signal';
import { DATABASE_UNREACHABLE_ANSWER, INTERNAL_ERROR_ANSWER, sendPlainAnswer } from './plain-answers';

/** Writes each client may make per minute (WRITE_LIMIT_PER_MINUTE, 30 by default: enough for a person sharing views, not for a script). */
function writeLimit(settings: HttpSettings): RateLimitRule {
  return { limit: settings.writeLimitPerMinute, windowMs: 60_000 };
}
/** No body this site accepts comes near this but an import's; the short-link endpoint itself takes 16 KB. */
export const MAX_REQUEST_BYTES = 64 * 1024;
/** The one address that takes files: an import's CSVs, and the framing around them. */
const IMPORT_PATH = '/api/v1/imports';
const MAX_IMPORT_REQUEST_BYTES = MAX_IMPORT_BYTES + MAX_REQUEST_BYTES;

function bodyLimit(path: string): number {
  return path === IMPORT_PATH ? MAX_IMPORT_REQUEST_BYTES : MAX_REQUEST_BYTES;
}
/**
 * Public pages may be kept by shared caches for 30 s and served stale while they refetch, and by
 * browsers only after revalidating (the ETag makes that a 304). A pinned page (rev=) is no exception:
 * its figures never change, but its banner counts the corrections made since, which do.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=300';
/** What an answer to a personal request says instead of anything a shared cache could keep. */
export const PERSONAL_CACHE_CONTROL = 'private, no-store';
/** Marks a client that just wrote: its reads go to the primary for this long (longer than any replica should lag). */
export const WROTE_COOKIE = 'sf-wrote';
export const WROTE_COOKIE_SECONDS = 30;

// Answers that need no data: Next's static files, and the health check, which reports an outage itself.
const NEEDS_NO_DATABASE = /^\/(?:_next\/(?:static|image)\/|favicon\.ico$|icon\.svg$|api\/health$)/;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// How long the rest of a refused body is read and dropped before its connection is closed.
const LINGER_MS = 2_000;
// How long a request waits for the same answer being rendered for another before rendering its own.
const MAX_WAIT_FOR_RENDER_MS = 10_000;
// Requests of Next's client router and of server actions, which answer differently to the same URL.
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];

interface RequestContext {
  databaseUnavailable: boolean;
}

export interface WebServerOptions {
  /** The project folder, holding the build in .next. */
  dir: string;
  dev?: boolean;
  settings: HttpSettings;
  databaseUrl: string;
  /** DATABASE_REPLICA_URLS: the app's reads use them (lib/db.ts); here they turn on the writer's cookie. */
  replicaUrls?: string[];
  log: (message: string) => void;
  cacheLimits?: AnswerCacheLimits;
}

export interface WebServer {
  server: Server;
  url: string;
  cache: AnswerCache;
  close(): Promise<void>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function isAnonymous(req: IncomingMessage): boolean {
  return !req.headers.cookie && !req.headers.authorization;
}

/** The key an anonymous, plain GET is cached under; null for anything that must reach the app. */
function cacheKey(req: IncomingMessage, revision: number | null): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (!isAnonymous(req) || ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const url = req.url ?? '/';
  if (/[?&]_rsc=/.test(url)) return null;
  return AnswerCache.key(revision, header(req, 'host') ?? '', url);
}

function isPublic(headers: OutgoingHttpHeaders): boolean {
  const cacheControl = String(headers['cache-control'] ?? '');
  return /\bpublic\b/.test(cacheControl) && !/\b(?:no-store|private)\b/.test(cacheControl) && headers['set-cookie'] === undefined;
}

function withVary(vary: OutgoingHttpHeaders[string], name: string): string {
  const names = String(vary ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  return names.some((v) => v.toLowerCase() === name.toLowerCase()) ? names.join(', ') : [...names, name].join(', ');
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return null;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { settings, log } = options;
  const db: PrismaClient = createPrismaClient(options.databaseUrl, { max: 4 });
  const cache = new AnswerCache(options.cacheLimits ?? DEFAULT_CACHE_LIMITS);
  const contexts = new AsyncLocalStorage<RequestContext>();
  /** Answers being rendered for the cache, by key, settled when their response is done. */
  const rendering = new Map<string, Promise<void>>();
  const state = new DatabaseState({
    readLatestRevision: async () => (await getLatestRevision(db))?.id ?? null,
    onChange: (snapshot: DatabaseSnapshot, previous: DatabaseSnapshot | null) => {
      cache.clear();
      if (!snapshot.up) log('the database is not answering; answering 503 until it is back');
      else if (previous && !previous.up) log('the database answers again');
    },
  });
  const listener = listenForRevisions({
    databaseUrl: options.databaseUrl,
    onRevision: (revision) => {
      state.heard(revision);
      processReplicaSet()?.announce(revision);
    },
    onListening: () => void state.listening(true),
    onLost: () => void state.listening(false),
    log,
  });
  listenForDatabaseOutages(() => {
    const context = contexts.getStore();
    if (context) context.databaseUnavailable = true;
    state.suspect();
  });
  const marksWriters = (options.replicaUrls?.length ?? 0) > 0;

  const server = createServer();
  const app = next({ dev: options.dev ?? false, dir: options.dir, hostname: settings.host, port: settings.port, httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();

  const isHttps = (req: IncomingMessage) =>
    settings.siteUrl?.startsWith('https:') === true ||
    (settings.trustedProxies > 0 && header(req, 'x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https');

  function forward(req: IncomingMessage): string {
    const client = clientAddress(req.socket.remoteAddress, header(req, 'x-forwarded-for'), settings.trustedProxies);
    if (settings.trustedProxies === 0) for (const name of FORWARDING_HEADERS) delete req.headers[name];
    req.headers[CLIENT_ADDRESS_HEADER] = client;
    return client;
  }

  function serveStored(req: IncomingMessage, res: ServerResponse, key: string): boolean {
    const answer = cache.get(key);
    if (!answer) return false;
    const headers: OutgoingHttpHeaders = { ...answer.headers, etag: answer.etag, 'x-sf-cache': 'hit' };
    if (matchesIfNoneMatch(header(req, 'if-none-match') ?? null, answer.etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const { body, encoding } = cache.encode(answer, header(req, 'accept-encoding'));
    res.writeHead(answer.status, {
      ...headers,
      vary: withVary(headers.vary, 'Accept-Encoding'),
      'content-length': body.length,
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  /** Lets Next.js answer, adjusting the status and cache rules as it writes, and keeping a copy to store. */
  async function render(req: IncomingMessage, res: ServerResponse, key: string | null, context: RequestContext, https: boolean): Promise<void> {
    const anonymous = isAnonymous(req);
    const [path, search = ''] = (req.url ?? '/').split('?', 2);
    // Next.js answers a method a route handler does not export with an empty 405; an API-like route
    // says so in the API's error shape instead.
    let methodRefusal: string | null = null;
    let written = 0;
    let storable = key !== null && req.method === 'GET';
    // Next.js then sends the body as is, which is what is stored; the cache compresses its copies, and
    // this first answer is gzipped here as it streams, for a client that takes it.
    const acceptsGzip = storable && /\bgzip\b/i.test(header(req, 'accept-encoding') ?? '');
    if (storable) delete req.headers['accept-encoding'];
    let gzip: Gzip | null = null;
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: unknown, encoding: unknown) => {
      if (!storable) return;
      const buffer = toBuffer(chunk, encoding);
      if (!buffer) return;
      size += buffer.length;
      if (size > cache.limits.maxEntryBytes) {
        storable = false;
        chunks.length = 0;
      } else {
        chunks.push(buffer);
      }
    };

    const writeHead = res.writeHead;
    res.writeHead = function patchedWriteHead(this: ServerResponse, status: number, ...rest: unknown[]) {
      const reason = typeof rest[0] === 'string' ? (rest.shift() as string) : undefined;
      const given = rest[0];
      if (given && typeof given === 'object' && !Array.isArray(given)) {
        for (const [name, value] of Object.entries(given as OutgoingHttpHeaders)) if (value !== undefined) this.setHeader(name, value);
      }
      // What Next.js answers before proxy.ts runs (its redirects of // and /x/.. addresses) has no
      // security headers of its own.
      if (!this.hasHeader('content-security-policy')) {
        for (const [name, value] of Object.entries(securityHeaders({ nonce: createNonce(), path, https }))) {
          if (!this.hasHeader(name)) this.setHeader(name, value);
        }
      }
      let code = status;
      if (code === 405 && isApiLikePath(path) && !this.hasHeader('content-type')) {
        methodRefusal = errorBody('method_not_allowed', `${path} does not take ${req.method} requests.`);
        this.setHeader('Content-Type', 'application/json; charset=utf-8');
        this.setHeader('Cache-Control', 'no-store');
        this.removeHeader('Content-Length');
      }
      if (code >= 500 && context.databaseUnavailable) {
        code = 503;
        this.setHeader('Retry-After', String(DATABASE_UNREACHABLE.retryAfterSeconds));
        this.setHeader('Cache-Control', 'no-store');
      } else if (isCurationPath(path)) {
        // Next.js writes its own no-store for these dynamic pages; the curation pages say private too.
        this.setHeader('Cache-Control', CURATION_CACHE_CONTROL);
      } else if (code === 200 && anonymous && /^text\/html/.test(String(this.getHeader('content-type') ?? '')) && !this.hasHeader('set-cookie')) {
        this.setHeader('Cache-Control', PAGE_CACHE_CONTROL);
      }
      if (marksWriters && WRITE_METHODS.has(req.method ?? '') && code < 400) {
        const given = this.getHeader('set-cookie');
        const cookies = given === undefined ? [] : Array.isArray(given) ? given : [String(given)];
        this.setHeader('Set-Cookie', [...cookies, `${WROTE_COOKIE}=1; Max-Age=${WROTE_COOKIE_SECONDS}; Path=/; HttpOnly; SameSite=Lax${https ? '; Secure' : ''}`]);
      }
      if (anonymous && isPublic(this.getHeaders())) {
        Object.entries(surrogateKeyHeaders(path, new URLSearchParams(search))).forEach(([name, value]) => this.setHeader(name, value));
      } else if (!anonymous || this.hasHeader('set-cookie')) {
        // Whatever the app said, nothing shared may keep an answer meant for one person.
        const cacheControl = String(this.getHeader('cache-control') ?? '');
        if (/\b(?:public|s-maxage)\b/.test(cacheControl) || !/\b(?:private|no-store)\b/.test(cacheControl)) this.setHeader('Cache-Control', PERSONAL_CACHE_CONTROL);
      }
      if (code !== 200 || !isPublic(this.getHeaders())) storable = false;
      // Answered before its body was read (a body too large): the connection is closed after it.
      if (!req.complete) this.setHeader('Connection', 'close');
      this.setHeader('x-sf-cache', key === null ? 'bypass' : 'miss');
      if (acceptsGzip && code === 200 && !this.hasHeader('content-encoding')) {
        gzip = startGzip(this);
        this.setHeader('Content-Encoding', 'gzip');
        this.setHeader('Vary', withVary(this.getHeader('vary'), 'Accept-Encoding'));
        this.removeHeader('Content-Length');
      }
      return (writeHead as (code: number, reason?: string) => ServerResponse).call(this, code, reason);
    } as ServerResponse['writeHead'];

    const write = res.write;
    const end = res.end;
    // Each chunk Next.js writes is compressed and flushed at once, so streamed parts still arrive as
    // they are rendered; the compressed bytes go out through the response's own write and end.
    function startGzip(response: ServerResponse): Gzip {
      const stream = createGzip({ level: 6 });
      stream.on('data', (data: Buffer) => (write as (data: Buffer) => boolean).call(response, data));
      stream.on('end', () => (end as () => ServerResponse).call(response));
      stream.on('error', () => response.destroy());
      return stream;
    }
    res.write = function patchedWrite(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      // The head first, where it is decided whether the body is compressed.
      if (!this.headersSent) this.writeHead(this.statusCode);
      const buffer = toBuffer(chunk, rest[0]);
      written += buffer?.length ?? 0;
      collect(chunk, rest[0]);
      if (!gzip) return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      if (buffer) gzip.write(buffer);
      gzip.flush(zlibConstants.Z_SYNC_FLUSH, () => done?.());
      return true;
    } as ServerResponse['write'];
    res.end = function patchedEnd(this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (methodRefusal !== null && written === 0 && !toBuffer(chunk, rest[0])?.length) {
        if (!this.headersSent) this.writeHead(this.statusCode);
        return (end as (body: string) => ServerResponse).call(this, req.method === 'HEAD' ? '' : methodRefusal);
      }
      collect(chunk, rest[0]);
      if (!this.headersSent) this.writeHead(this.statusCode);
      if (!gzip) return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      const buffer = toBuffer(chunk, rest[0]);
      gzip.end(buffer ?? undefined);
      return this;
    } as ServerResponse['end'];

    res.once('finish', () => {
      // Its own write must show on this instance's next answer, without waiting for the notification.
      if (WRITE_METHODS.has(req.method ?? '')) state.suspect();
      if (!storable || key === null || context.databaseUnavailable || res.statusCode !== 200) return;
      const etag = res.getHeader('etag');
      cache.set(key, {
        status: 200,
        headers: storableHeaders(res.getHeaders()),
        body: Buffer.concat(chunks),
        // An answer that names its own validator (the API's) keeps it; a page gets one from its body.
        ...(typeof etag === 'string' ? { etag } : {}),
      });
    });
    await handle(req, res);
  }

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?', 1)[0];
    const https = isHttps(req);
    const client = forward(req);
    // A body left unread when the answer is sent (say, a huge one refused early) is not waited for:
    // what still comes is read and dropped for a moment, so that the client reads the answer (closing
    // on unread data would reset the connection and lose it), and then the connection is closed.
    res.once('finish', () => {
      if (req.complete) return;
      const linger = setTimeout(() => req.socket.destroy(), LINGER_MS);
      req.once('end', () => clearTimeout(linger));
      req.resume();
    });
    if (NEEDS_NO_DATABASE.test(path)) {
      if (path !== '/api/health') return handle(req, res);
      // The health check answers whether the database is up, so it must not wait for it; it is an API
      // route all the same, with its refusals (a POST) in the API's shape.
      const context: RequestContext = { databaseUnavailable: false };
      return contexts.run(context, () => render(req, res, null, context, https));
    }

    const limit = bodyLimit(path);
    if (Number(header(req, 'content-length') ?? 0) > limit) {
      return sendPlainAnswer(res, path, https, {
        status: 413,
        code: 'body_too_large',
        title: 'The request is too large',
        message:
          limit === MAX_REQUEST_BYTES
            ? `The body is larger than ${MAX_REQUEST_BYTES} bytes, more than anything this site accepts.`
            : `The upload is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most one import takes; nothing was imported.`,
      });
    }
    // A body of unknown length (chunked) could pass any limit before it ends; bodies here have a length.
    if (header(req, 'transfer-encoding') !== undefined && header(req, 'content-length') === undefined) {
      return sendPlainAnswer(res, path, https, {
        status: 411,
        code: 'length_required',
        title: 'The request needs a length',
        message: 'Send the body with a Content-Length header; this site takes no chunked bodies.',
      });
    }
    const snapshot = await state.current();
    if (!snapshot.up) return sendPlainAnswer(res, path, https, DATABASE_UNREACHABLE_ANSWER);

    // Writes, and everything a signed-in person or a recent writer reads, see the primary.
    const rule = { personal: !isAnonymous(req) || WRITE_METHODS.has(req.method ?? ''), minRevision: snapshot.revision };
    return runWithReadRule(rule, () => answerWithData(req, res, { path, https, client, revision: snapshot.revision }));
  }

  async function answerWithData(
    req: IncomingMessage,
    res: ServerResponse,
    { path, https, client, revision }: { path: string; https: boolean; client: string; revision: number | null },
  ): Promise<void> {
    if (WRITE_METHODS.has(req.method ?? '')) {
      let decision;
      try {
        decision = await checkRateLimit(`write:${rateLimitSubject(client)}`, writeLimit(options.settings), db);
      } catch {
        return sendPlainAnswer(res, path, https, DATABASE_UNREACHABLE_ANSWER);
      }
      if (!decision.allowed) {
        return sendPlainAnswer(res, path, https, {
          status: 429,
          code: 'rate_limited',
          title: 'Too many changes at once',
          message: `This address has made ${options.settings.writeLimitPerMinute} changes in the last minute, the most allowed. Try again in ${decision.retryAfterSeconds} seconds.`,
          retryAfterSeconds: decision.retryAfterSeconds,
        });
      }
    }

    const key = cacheKey(req, revision);
    if (key !== null && serveStored(req, res, key)) return;
    // The same answer being rendered already (say, a hundred readers arriving at once on a page just
    // changed): wait for that one rather than render it a hundred times.
    const pending = key === null ? undefined : rendering.get(key);
    if (key !== null && pending) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([pending, new Promise((resolve) => (timer = setTimeout(resolve, MAX_WAIT_FOR_RENDER_MS)))]);
      clearTimeout(timer);
      if (serveStored(req, res, key)) return;
    }
    const context: RequestContext = { databaseUnavailable: false };
    if (key === null || req.method !== 'GET' || rendering.has(key)) {
      await contexts.run(context, () => render(req, res, key, context, https));
      return;
    }
    let done!: () => void;
    rendering.set(key, new Promise<void>((resolve) => (done = resolve)));
    res.once('close', () => {
      rendering.delete(key);
      done();
    });
    await contexts.run(context, () => render(req, res, key, context, https));
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    answer(req, res).catch((error: unknown) => {
      log(`${req.method} ${req.url} failed in the web server: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendPlainAnswer(res, (req.url ?? '/').split('?', 1)[0], isHttps(req), INTERNAL_ERROR_ANSWER);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    cache,
    close: async () => {
      await listener.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      await db.$disconnect();
    },
  };
}
