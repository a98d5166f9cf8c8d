// Who is asking: the address a rate limit counts against. Facing clients directly, that is the
// socket's peer, and X-Forwarded-For is a claim anyone can make. Behind TRUSTED_PROXIES reverse
// proxies, each of which appends the address it saw, the client is the entry that the outermost of
// them appended: counted from the right, since whatever stands further left came from the client.
import { isIP } from 'node:net';

/** Headers only a trusted proxy may set; from anyone else they are dropped before the app sees them. */
export const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

/** The header the web server gives the app the client's address in; a client's own is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-sf-client-address';

function normalise(address: string): string {
  const bare = address.trim().replace(/^\[(.*)\]$/, '$1');
  return bare.startsWith('::ffff:') && isIP(bare.slice(7)) === 4 ? bare.slice(7) : bare;
}

export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string {
  const peer = normalise(socketAddress ?? '') || 'unknown';
  if (trustedProxies === 0 || !forwardedFor) return peer;
  const hops = forwardedFor.split(',').map(normalise).filter(Boolean);
  const claimed = hops[hops.length - trustedProxies] ?? hops[0];
  return claimed && isIP(claimed) ? claimed : peer;
}

/**
 * The key a client's requests are counted under. An IPv6 client usually holds a whole /64, so that
 * is what counts; an IPv4 address counts alone.
 */
export function rateLimitSubject(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '').toLowerCase()).join(':')}::/64`;
}

/** The client's address as the web server gave it to the app, for a route's own rate limits. */
export function clientAddressOf(request: Pick<Request, 'headers'>): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
}
