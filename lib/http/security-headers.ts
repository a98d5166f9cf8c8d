// The security headers of every answer, in one place: proxy.ts sets them on what Next.js renders, and
// the web server (lib/server/) on the few answers it writes itself (503, 429, 413).
//
// Scripts run only with the nonce of the response that carries them ('strict-dynamic' lets those
// scripts load Next's chunks); no inline script runs without it. Styles may be inline: React and
// Recharts write style attributes, which a nonce cannot cover, and a style cannot run code. Only
// /embed/* may be framed, by any site; every other page refuses framing (clickjacking).
import { randomBytes } from 'node:crypto';

export interface SecurityHeaderOptions {
  nonce: string;
  /** The request's path: /embed/* may be framed. */
  path: string;
  /** The request reached the site over TLS (or the site's public address is https). */
  https: boolean;
  /** `next dev` needs eval for its error overlay. */
  dev?: boolean;
}

export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export function isFrameable(path: string): boolean {
  return /^\/embed(?:\/|$)/.test(path);
}

export function contentSecurityPolicy({ nonce, path, https, dev = false }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Chart downloads are drawn to a canvas from blob: and data: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${isFrameable(path) ? '*' : "'none'"}`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Powerful features no page of the site uses are switched off; copying a link stays allowed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'clipboard-write=(self)',
].join(', ');

const TWO_YEARS = 63_072_000;

/**
 * The curation pages, their server actions and data concern the person signed in: kept out of every
 * cache (Next.js also marks these dynamic pages no-store) and out of search engines.
 */
export function isCurationPath(path: string): boolean {
  return path === '/admin' || path.startsWith('/admin/');
}

export const CURATION_CACHE_CONTROL = 'private, no-store';

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(isFrameable(options.path) ? {} : { 'X-Frame-Options': 'DENY' }),
    ...(options.https ? { 'Strict-Transport-Security': `max-age=${TWO_YEARS}; includeSubDomains` } : {}),
    ...(isCurationPath(options.path) ? { 'Cache-Control': CURATION_CACHE_CONTROL, 'X-Robots-Tag': 'noindex, nofollow' } : {}),
  };
}
