// Runs before every route (Next.js 16's proxy, formerly middleware). Two jobs, each done here once:
// - the gate: a request for a Host the site does not answer for, or with an address that cannot mean
//   anything (lib/http/request-gate.ts), is refused before any route or query runs: 400 in the API's
//   error shape on API-like routes, the site's 404 page elsewhere;
// - the security headers (lib/http/security-headers.ts), with a fresh nonce for the scripts of the
//   page rendered for this request. Next.js reads the nonce from the Content-Security-Policy request
//   header set here and puts it on every script it writes.
import { NextResponse, type NextRequest } from 'next/server';
import { errorBody, type ApiErrorCode } from '@/lib/api/errors';
import { httpSettings } from '@/lib/env';
import { checkAddress, isApiLikePath } from '@/lib/http/request-gate';
import { createNonce, securityHeaders } from '@/lib/http/security-headers';
import { isAllowedHost, isHttpsRequest } from '@/lib/site-url';

/** Not a route: a refused page address is rendered as the site's 404 page. */
const REFUSED_PAGE = '/_refused-address';

function refuse(status: 400 | 421, code: ApiErrorCode, message: string, headers: Record<string, string>): NextResponse {
  return new NextResponse(errorBody(code, message), {
    status,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export function proxy(request: NextRequest): NextResponse {
  const url = new URL(request.url);
  const path = url.pathname;
  const settings = httpSettings();
  const https = settings.siteUrl?.startsWith('https:') === true || isHttpsRequest(request.headers, settings);
  const nonce = createNonce();
  const headers = securityHeaders({ nonce, path, https, dev: process.env.NODE_ENV === 'development' });

  const host = request.headers.get('host');
  if (!isAllowedHost(host, settings)) {
    const message = `This site does not answer for the host ${JSON.stringify(host ?? '')}; set SITE_URL or ALLOWED_HOSTS to serve it under another name.`;
    if (isApiLikePath(path)) return refuse(421, 'unknown_host', message, headers);
    return new NextResponse(`${message}\n`, {
      status: 421,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }

  const problem = checkAddress(path, url.search.slice(1));
  if (problem && isApiLikePath(path)) {
    return refuse(400, problem.part === 'path' ? 'invalid_path' : 'invalid_parameter', problem.message, headers);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', headers['Content-Security-Policy']);
  const response = problem
    ? NextResponse.rewrite(new URL(REFUSED_PAGE, url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
