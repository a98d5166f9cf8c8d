// The origin to write into permalinks. Next builds `request.url` from the host it was started with
// (often localhost), not from the address the reader used, so the Host header decides, checked to be
// a plain host name; behind a TLS proxy, X-Forwarded-Proto says the scheme the reader used.
// X-Forwarded-Host is not trusted: a client could set it to put another site's address into a
// response that public caches keep.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase();
  const scheme = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : url.protocol.slice(0, -1);
  return `${scheme}://${host && HOST.test(host) ? host : url.host}`;
}
