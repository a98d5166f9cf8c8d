// Successful responses with validators and cache rules. The ETag is a strong hash of the exact body,
// so a client (or a CDN) that sends it back in If-None-Match gets a 304 without the body. Data pinned
// to a revision never changes (an import only ever adds revisions), so it may be cached for good;
// the latest data changes with each import, so it is cached briefly.
import { createHash } from 'node:crypto';

export type CachePolicy = 'latest' | 'pinned' | 'none';

const CACHE_CONTROL: Record<CachePolicy, string> = {
  latest: 'public, max-age=60, s-maxage=60, stale-while-revalidate=300',
  pinned: 'public, max-age=31536000, immutable',
  none: 'no-store',
};

export function cacheControl(policy: CachePolicy): string {
  return CACHE_CONTROL[policy];
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): a `W/` prefix added by a proxy still matches. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

export interface BodyOptions {
  cache: CachePolicy;
  status?: 200 | 201;
  contentType?: string;
  headers?: Record<string, string>;
}

export function cachedResponse(request: Request, body: string, options: BodyOptions): Response {
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': cacheControl(options.cache),
    ...options.headers,
  };
  const status = options.status ?? 200;
  const conditional = request.method === 'GET' || request.method === 'HEAD';
  if (status === 200 && conditional && matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, {
    status,
    headers: { 'Content-Type': options.contentType ?? 'application/json; charset=utf-8', ...headers },
  });
}

export function jsonResponse(request: Request, data: unknown, options: BodyOptions): Response {
  return cachedResponse(request, JSON.stringify(data), options);
}
