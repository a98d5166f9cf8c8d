// Where the guard sends a person it turns away, and where sign-in sends them on to. Only paths under
// /admin are accepted as a destination (`/admin/sign-in?next=/admin/accounts`), so that a crafted
// sign-in link cannot send anyone to another site.
export const SIGN_IN_PATH = '/admin/sign-in';
export const FORBIDDEN_PATH = '/admin/forbidden';
export const ADMIN_HOME = '/admin';

const ADMIN_DESTINATION = /^\/admin(?:\/[A-Za-z0-9\-_/]*)?(?:\?[A-Za-z0-9\-_=&%.]*)?$/;

export function safeDestination(value: unknown): string {
  if (typeof value !== 'string' || !ADMIN_DESTINATION.test(value) || value.startsWith(SIGN_IN_PATH) || value.includes('//')) return ADMIN_HOME;
  return value;
}

export function signInHref(reason?: 'disabled' | 'signed-out'): string {
  return reason ? `${SIGN_IN_PATH}?reason=${reason}` : SIGN_IN_PATH;
}
