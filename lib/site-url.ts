// The public address of the site, for the absolute URLs that link previews, embeds and citations
// need. SITE_URL, when set, is validated like the rest of the environment (lib/env.ts); without it
// the address is taken from the request: the Host header, checked to be a plain host name, and
// X-Forwarded-Proto for the scheme behind a TLS proxy. X-Forwarded-Host is never trusted, since a
// client could use it to put another site's address into a page that caches keep.
import { headers } from 'next/headers';
import { readSiteUrl } from './env';

export { readSiteUrl };

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const FALLBACK_ORIGIN = 'http://localhost:3000';

/** The origin a request was made to, from its headers; `fallback` when they say nothing usable. */
export function originFromHeaders(requestHeaders: Pick<Headers, 'get'>, fallback = FALLBACK_ORIGIN): string {
  const host = requestHeaders.get('host');
  if (!host || !HOST.test(host)) return fallback;
  const proto = requestHeaders.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase();
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

/** The site's origin for the current request: SITE_URL when set, else the request's own. */
export async function siteOrigin(): Promise<string> {
  return readSiteUrl() ?? originFromHeaders(await headers());
}

/**
 * The same for a route handler, which has its request at hand. The Host header wins over the request
 * URL, which Next builds from the address it was started with; the URL serves when Host is missing.
 */
export function siteOriginFor(request: Request): string {
  return readSiteUrl() ?? originFromHeaders(request.headers, new URL(request.url).origin);
}
