// Curation accounts in Chromium against the built app: a reader is sent to sign in; a bad password
// is announced and takes the focus; an admin signs in with the keyboard, sees the console, makes an
// account and an API token (shown once), and signs out. axe checks the pages on the way.
import { createPrismaClient } from '@/lib/db';
import { makeAccount, type TestAccount } from '../helpers/accounts';
import { randomAuthSecret } from '../helpers/app-server';
import { axeViolations } from '../helpers/axe';
import { setUpBrowserApp } from '../helpers/browser-app';

jest.setTimeout(90_000);

let admin: TestAccount;

const app = setUpBrowserApp({
  prepare: async (db) => {
    const prisma = createPrismaClient(db.url);
    // The password hash does not depend on the app's secret, so any secret makes a usable account.
    admin = await makeAccount(prisma, randomAuthSecret(), 'admin', 'Ada Admin');
    await prisma.$disconnect();
  },
});
const { url } = app;

it('sends a reader to sign in, tells them plainly when the password is wrong, and lets them in with the keyboard', async () => {
  const { page } = app;
  await page.goto(url('/admin/accounts'));
  await page.waitForURL(url('/admin/sign-in'));
  expect(await page.locator('h1').textContent()).toBe('Sign in to curate');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill('certainly not the password');
  await page.getByLabel('Password').press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'do not match' });
  await alert.waitFor();
  expect(await alert.textContent()).toBe('That email and password do not match an account. Check both and try again.');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-error');
  expect(await page.getByLabel('Password').inputValue()).toBe('');
  expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('Password').fill(admin.password);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sign in');
  await page.keyboard.press('Enter');
  await page.waitForURL(url('/admin'));
  expect(await page.getByTestId('signed-in-as').textContent()).toBe('Ada Admin (admin)');
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
});

it('lets an admin make an account and a token, shown once, then sign out', async () => {
  const { page } = app;
  await page.goto(url('/admin/sign-in'));
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url('/admin'));

  await page.getByRole('navigation', { name: 'Curation' }).getByRole('link', { name: 'Accounts' }).click();
  await page.waitForURL(url('/admin/accounts'));
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('Name').fill('Eve Editor');
  await page.getByLabel('Email').fill('eve@example.org');
  await page.getByLabel('Role', { exact: true }).selectOption('editor');
  await page.getByLabel(/First password/).fill('a first password for Eve');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('Account created for eve@example.org').waitFor();
  await page.getByTestId('account-row').filter({ hasText: 'eve@example.org' }).waitFor();
  expect(await page.getByTestId('account-row').filter({ hasText: 'eve@example.org' }).textContent()).toContain('Enabled');

  await page.getByLabel('What the token is for').fill('nightly import');
  await page.getByRole('button', { name: 'Create token' }).click();
  const shown = page.getByTestId('new-api-token');
  await shown.waitFor();
  const token = await shown.inputValue();
  expect(token).toMatch(/^sf_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId('token-row').filter({ hasText: 'nightly import' });
  await row.waitFor();
  expect(await row.textContent()).toContain(`${token.slice(0, 7)}…`);

  await page.reload();
  expect(await page.getByTestId('new-api-token').count()).toBe(0);
  expect(await page.content()).not.toContain(token);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(url('/admin/sign-in?reason=signed-out'));
  expect(await page.getByRole('status').filter({ hasText: 'You are signed out.' }).count()).toBe(1);
  await page.goto(url('/admin'));
  await page.waitForURL(url('/admin/sign-in'));
});

it('says how long to wait once sign-in attempts are rate-limited', async () => {
  const { page } = app;
  await page.goto(url('/admin/sign-in'));
  const limited = page.getByRole('alert').filter({ hasText: 'Too many sign-in attempts' });
  // The budget is per address and shared with the tests above, so count attempts until it is spent.
  for (let attempt = 0; attempt < 6 && (await limited.count()) === 0; attempt += 1) {
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(`wrong guess ${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /do not match|Too many/ }).waitFor();
  }
  expect(await limited.textContent()).toMatch(/^Too many sign-in attempts\. Please wait \d+ seconds before you try again\.$/);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-error');
});
