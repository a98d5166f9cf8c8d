// Accounts for tests, made the way the app makes them (better-auth's admin plugin, on the test's own
// database), and sign-in against a running app: over HTTP, which returns the session cookie, or in
// the browser through the sign-in page.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { PrismaClient } from '@/generated/prisma/client';
import { createAuth } from '@/lib/auth/auth';
import { issueApiToken } from '@/lib/auth/issue-api-token';
import type { Role } from '@/lib/auth/roles';

export interface TestAccount {
  id: string;
  email: string;
  name: string;
  password: string;
  role: Role;
}

let counter = 0;

export async function makeAccount(prisma: PrismaClient, secret: string, role: Role, name = `${role} ${counter + 1}`): Promise<TestAccount> {
  counter += 1;
  const email = `${role}-${counter}-${randomBytes(3).toString('hex')}@example.org`;
  const password = `pw-${randomBytes(12).toString('base64url')}`;
  const auth = createAuth({ prisma, secret, secureCookies: false });
  const { user } = await auth.api.createUser({ body: { email, name, password, role } });
  return { id: user.id, email, name, password, role };
}

export async function makeToken(prisma: PrismaClient, account: TestAccount, name = 'test token'): Promise<{ id: number; token: string }> {
  return issueApiToken(account.id, name, prisma);
}

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie header sends them back. */
export function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .filter((pair) => !pair.endsWith('='))
    .join('; ');
}

export interface SignInOptions {
  headers?: Record<string, string>;
}

let clients = 0;

/**
 * A client address of its own for each sign-in (from the range kept for documentation), so that
 * tests about something else do not share one rate-limit budget; tests of the limit set their own.
 */
function nextClientAddress(): string {
  clients += 1;
  return `198.51.${100 + Math.floor(clients / 250)}.${(clients % 250) + 1}`;
}

/** POSTs to better-auth's sign-in as the sign-in page does, from the app's own origin. */
export async function signInOverHttp(baseUrl: string, email: string, password: string, options: SignInOptions = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl, 'X-Forwarded-For': nextClientAddress(), ...options.headers },
    body: JSON.stringify({ email, password }),
    redirect: 'manual',
  });
}

/** Signs in and returns the Cookie header that carries the session. */
export async function sessionCookie(baseUrl: string, account: TestAccount): Promise<string> {
  const response = await signInOverHttp(baseUrl, account.email, account.password);
  if (!response.ok) throw new Error(`sign-in of ${account.email} answered ${response.status}: ${await response.text()}`);
  const cookie = cookiesFrom(response);
  if (!cookie.includes('session_token')) throw new Error(`sign-in of ${account.email} set no session cookie`);
  return cookie;
}

/** Signs in through the sign-in page as a person does, and waits for the console. */
export async function signInInBrowser(page: Page, baseUrl: string, account: TestAccount): Promise<void> {
  await page.goto(`${baseUrl}/admin/sign-in`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL(`${baseUrl}/admin`);
}
