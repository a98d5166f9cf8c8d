import { ADMIN_HOME, safeDestination, signInHref } from './admin-paths';

describe('safeDestination', () => {
  it('keeps a path under /admin', () => {
    expect(safeDestination('/admin/accounts')).toBe('/admin/accounts');
    expect(safeDestination('/admin/figures?series=troops-deployed')).toBe('/admin/figures?series=troops-deployed');
  });

  it('sends anything else to the console’s home', () => {
    for (const value of [undefined, ['/admin/accounts'], '', 'https://evil.example/admin', '//evil.example', '/admin//evil.example', '/explore', '/administrator', '/admin/sign-in', '/admin/\\evil', '/admin/a b']) {
      expect(safeDestination(value)).toBe(ADMIN_HOME);
    }
  });
});

it('signInHref says why, when there is a reason', () => {
  expect(signInHref()).toBe('/admin/sign-in');
  expect(signInHref('disabled')).toBe('/admin/sign-in?reason=disabled');
});
