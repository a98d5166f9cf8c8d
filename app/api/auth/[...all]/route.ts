// better-auth's own endpoints (sign-in, sign-out, session, and the admin plugin's account management),
// each served by the instance whose cookies fit the request's scheme. Its answers concern one person:
// never cached, never indexed.
import { authFor } from '@/lib/auth/server';

async function handle(request: Request): Promise<Response> {
  const response = await authFor(request.headers).handler(request);
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'private, no-store');
  headers.set('X-Robots-Tag', 'noindex, nofollow');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export const GET = handle;
export const POST = handle;
