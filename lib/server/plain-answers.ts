// The few answers the web server writes itself, before the app runs: the database is unreachable
// (503), a client writes too often (429), a body is larger than any this site accepts (413). On
// API-like routes they are the API's error shape; on pages a small page that says what happened.
// Each carries the site's security headers, and none may be cached.
import type { ServerResponse } from 'node:http';
import { errorBody, type ApiErrorCode } from '@/lib/api/errors';
import { DATABASE_UNREACHABLE } from '@/lib/database/unavailable';
import { isApiLikePath } from '@/lib/http/request-gate';
import { createNonce, securityHeaders } from '@/lib/http/security-headers';
import { escapeHtml } from '@/lib/share/share-links';

export interface PlainAnswer {
  status: 411 | 413 | 429 | 500 | 503;
  code: ApiErrorCode;
  /** For a page: its heading. */
  title: string;
  message: string;
  retryAfterSeconds?: number;
}

function page(title: string, message: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Sourced Figures</title>
<style>
body{margin:0;padding:3rem 1.5rem;font-family:system-ui,sans-serif;line-height:1.5;background:#fafafa;color:#18181b}
main{max-width:36rem;margin:0 auto}h1{font-size:1.5rem;line-height:1.3}a{color:#075985}
@media (prefers-color-scheme:dark){body{background:#09090b;color:#f4f4f5}a{color:#7dd3fc}}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="">Try again</a> · <a href="/">Go to the dashboard</a></p>
</main>
</body>
</html>
`;
}

export function sendPlainAnswer(res: ServerResponse, path: string, https: boolean, answer: PlainAnswer): void {
  const api = isApiLikePath(path);
  const body = api ? errorBody(answer.code, answer.message) : page(answer.title, answer.message);
  // A body not yet read is read and dropped for a moment after this answer (web-server.ts), so the
  // connection must not close as soon as it is sent: closing on unread data resets the connection,
  // and the client loses the answer.
  if (!res.req.complete) res.shouldKeepAlive = true;
  res.writeHead(answer.status, {
    ...securityHeaders({ nonce: createNonce(), path, https }),
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...(answer.retryAfterSeconds ? { 'Retry-After': String(answer.retryAfterSeconds) } : {}),
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

export const DATABASE_UNREACHABLE_ANSWER: PlainAnswer = { status: 503, code: 'unavailable', ...DATABASE_UNREACHABLE };

export const INTERNAL_ERROR_ANSWER: PlainAnswer = {
  status: 500,
  code: 'internal_error',
  title: 'Something went wrong',
  message: 'The server could not answer this request. Please try again later.',
};
