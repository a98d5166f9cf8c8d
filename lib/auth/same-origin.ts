// Cross-site request forgery: a browser sends the session cookie with a form that another site posts
// to us (SameSite=Lax keeps it off cross-site POSTs in current browsers, but not from a sibling
// subdomain, nor in older ones). So an unsafe request that relies on the cookie must say it comes
// from our own origin: by Origin, which browsers send on every POST, or by Fetch Metadata
// (Sec-Fetch-Site: same-origin). A request with neither is refused: scripts use a bearer token.
import { httpSettings, type HttpSettings } from '@/lib/env';
import { isHttpsRequest, originFromHeaders } from '@/lib/site-url';

type Settings = Pick<HttpSettings, 'siteUrl' | 'allowedHosts' | 'trustedProxies' | 'port'>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isUnsafeMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * The origins this site answers on: SITE_URL when it is set; otherwise the origin the request was
 * made to (its Host header when the site answers for it, and X-Forwarded-Proto behind a trusted
 * proxy, as the rest of the app reads them), and the address the server was started on as a fallback
 * when the Host header says nothing usable.
 */
export function trustedOrigins(requestHeaders: Pick<Headers, 'get'>, requestUrl?: string, settings: Settings = httpSettings()): string[] {
  if (settings.siteUrl) return [settings.siteUrl];
  const fallback = requestUrl && URL.canParse(requestUrl) ? new URL(requestUrl).origin : `http://localhost:${settings.port}`;
  return [...new Set([originFromHeaders(requestHeaders, fallback, settings), fallback])];
}

/** True when the request says it was made by a page of this site. */
export function isSameOriginRequest(requestHeaders: Pick<Headers, 'get'>, origins: string[]): boolean {
  const fetchSite = requestHeaders.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') return false;
  const origin = requestHeaders.get('origin');
  if (origin !== null) return origin !== 'null' && origins.includes(origin);
  return fetchSite === 'same-origin';
}

/** Whether cookies should be Secure: the site is served over https (SITE_URL, or this request behind a trusted proxy). */
export function usesSecureCookies(requestHeaders: Pick<Headers, 'get'>, settings: Settings = httpSettings()): boolean {
  if (settings.siteUrl) return settings.siteUrl.startsWith('https:');
  return isHttpsRequest(requestHeaders, settings);
}
