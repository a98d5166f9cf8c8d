// The public address of the site, for the absolute URLs that link previews, embeds and citations
// need. SITE_URL, when set (lib/env.ts), is that address. Without it the address is taken from the
// request, but only for a Host the site answers for: its loopback names, SITE_URL's host and
// ALLOWED_HOSTS. Any other Host is refused before a handler runs (lib/http/request-gate.ts), so a
// forged Host never ends up in an answer that caches keep. X-Forwarded-Host is never believed, and
// X-Forwarded-Proto only behind a trusted proxy (TRUSTED_PROXIES).
import { headers } from 'next/headers';
import { httpSettings, type HttpSettings } from '@/lib/env';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

type Settings = Pick<HttpSettings, 'siteUrl' | 'allowedHosts' | 'trustedProxies' | 'port'>;

function splitHost(host: string): { name: string; port: string | null } {
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(host.toLowerCase()) as RegExpExecArray;
  return { name: match[1], port: match[2] ?? null };
}

/** Whether a Host header names this site: a loopback name, SITE_URL's host, or one of ALLOWED_HOSTS. */
export function isAllowedHost(host: string | null, settings: Settings = httpSettings()): boolean {
  if (!host || !HOST.test(host)) return false;
  const { name, port } = splitHost(host);
  if (LOOPBACK_NAMES.has(name)) return true;
  const allowed = settings.siteUrl ? [new URL(settings.siteUrl).host, ...settings.allowedHosts] : settings.allowedHosts;
  return allowed.some((entry) => {
    const wanted = splitHost(entry);
    return wanted.name === name && (wanted.port === null || wanted.port === port);
  });
}

/** Whether a request reached the app over TLS, as far as the app can tell. */
export function isHttpsRequest(requestHeaders: Pick<Headers, 'get'>, settings: Settings = httpSettings()): boolean {
  if (settings.trustedProxies === 0) return false;
  return requestHeaders.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https';
}

/** The origin a request was made to, when its Host is one the site answers for; `fallback` otherwise. */
export function originFromHeaders(requestHeaders: Pick<Headers, 'get'>, fallback: string, settings: Settings = httpSettings()): string {
  const host = requestHeaders.get('host');
  if (!host || !isAllowedHost(host, settings)) return fallback;
  return `${isHttpsRequest(requestHeaders, settings) ? 'https' : 'http'}://${host.toLowerCase()}`;
}

function defaultOrigin(settings: Settings): string {
  return `http://localhost:${settings.port}`;
}

/** The site's origin for the current request: SITE_URL when set, else the request's own. */
export async function siteOrigin(settings: Settings = httpSettings()): Promise<string> {
  return settings.siteUrl ?? originFromHeaders(await headers(), defaultOrigin(settings), settings);
}

/**
 * The same for a route handler, which has its request at hand. Without a usable Host the request's
 * own URL serves: Next builds it from the address it was started on, not from anything a client sent.
 */
export function siteOriginFor(request: Request, settings: Settings = httpSettings()): string {
  return settings.siteUrl ?? originFromHeaders(request.headers, new URL(request.url).origin, settings);
}
