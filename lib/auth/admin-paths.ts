// Where the guard sends a person it turns away, and where sign-in sends them back to. Only paths
// under /admin are accepted as a destination, so a crafted sign-in link cannot send anyone elsewhere.
export const SIGN_IN_PATH = '/admin/sign-in';
export const FORBIDDEN_PATH = '/admin/forbidden';
export const ADMIN_HOME = '/admin';

const ADMIN_DESTINATION = /^\/admin(?:\/[A-Za-z0-9\-_/]*)?(?:\?[A-Za-z0-9\-_=&%.]*)?$/;

export function safeDestination(value: unknown): string {
  if (typeof value !== 'string' || !ADMIN_DESTINATION.test(value) || value.startsWith(SIGN_IN_PATH)) return ADMIN_HOME;
  return value;
}

export function signInHref(options: { next?: string; reason?: 'disabled' | 'signed-out' } = {}): string {
  const params = new URLSearchParams();
  const next = options.next === undefined ? ADMIN_HOME : safeDestination(options.next);
  if (next !== ADMIN_HOME) params.set('next', next);
  if (options.reason) params.set('reason', options.reason);
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}
