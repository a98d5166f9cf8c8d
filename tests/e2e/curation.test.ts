// Curating in Chromium against the built app: an editor signs in, corrects a figure with a reason,
// and readers see the correction on the series page, the figure's history and the corrections log;
// a save that started from a version someone else has since replaced is refused, and the form shows
// what they changed; a bad value is refused beside its field, with the focus on it, writing nothing.
import type { Page } from 'playwright-core';
import { createPrismaClient } from '@/lib/db';
import { makeAccount, signInInBrowser, type TestAccount } from '../helpers/accounts';
import { randomAuthSecret } from '../helpers/app-server';
import { setUpBrowserApp } from '../helpers/browser-app';

jest.setTimeout(120_000);

let editor: TestAccount;

const app = setUpBrowserApp({
  prepare: async (db) => {
    const prisma = createPrismaClient(db.url);
    editor = await makeAccount(prisma, randomAuthSecret(), 'editor', 'Ada Editor');
    await prisma.$disconnect();
  },
});
const { url } = app;

const signIn = (page: Page) => signInInBrowser(page, app.server.baseUrl, editor);

/** A figure of the series to correct, as the read API gives it. */
async function aFigure(slug: string, index = 0): Promise<{ figureId: number; version: number }> {
  const response = await fetch(url(`/api/v1/series/${slug}/figures`));
  const { data } = (await response.json()) as { data: { figureId: number; version: number }[] };
  return data[index];
}

it('saves a correction with its reason, which readers see on the series page, the figure’s history and /changes', async () => {
  const { page } = app;
  await signIn(page);
  const figure = await aFigure('shells-delivered');
  expect((await page.goto(url('/admin/figures?series=shells-delivered')))?.status()).toBe(200);
  await page.locator(`a[href="/admin/figures/${figure.figureId}"]`).first().click();
  await page.waitForURL(url(`/admin/figures/${figure.figureId}`));
  expect((await page.goto(url('/admin/figures/new')))?.status()).toBe(200);
  await page.goto(url(`/admin/figures/${figure.figureId}`));
  const note = 'Checked against the original briefing.';
  const reason = 'The briefing gives the count for 122 mm and 152 mm shells only';
  await page.getByLabel('Note', { exact: true }).fill(note);
  await page.getByLabel(/^Reason for this change/).fill(reason);
  await page.getByRole('button', { name: 'Save figure' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved as version' }).waitFor();

  await page.goto(url('/series/shells-delivered'));
  await page.locator('main').getByText(note, { exact: false }).first().waitFor();
  expect(await page.locator('main').textContent()).toContain(note);
  await page.goto(url(`/figures/${figure.figureId}`));
  const history = (await page.locator('main').textContent()) ?? '';
  expect(history).toContain(reason);
  expect(history).toContain('Ada Editor');
  await page.goto(url('/changes'));
  expect(await page.locator('main').textContent()).toContain(reason);
});

it('refuses a save that started from an old version and shows what the other editor changed', async () => {
  const { page } = app;
  await signIn(page);
  const figure = await aFigure('shells-delivered', 1);
  await page.goto(url(`/admin/figures/${figure.figureId}`));

  // Someone else saves the same figure in another tab after this form was opened.
  const other = await app.context.newPage();
  await other.goto(url(`/admin/figures/${figure.figureId}`));
  await other.getByLabel('Note', { exact: true }).fill('Their note.');
  await other.getByLabel(/^Reason for this change/).fill('Their correction');
  await other.getByRole('button', { name: 'Save figure' }).click();
  await other.getByRole('status').filter({ hasText: 'Saved as version' }).waitFor();
  await other.close();

  await page.getByLabel('Quote', { exact: true }).fill('My quote.');
  await page.getByLabel(/^Reason for this change/).fill('My correction');
  await page.getByRole('button', { name: 'Save figure' }).click();
  const conflict = page.locator('#figure-conflict');
  await conflict.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('figure-conflict');
  const table = (await conflict.locator('table').textContent()) ?? '';
  expect(table).toContain('note');
  expect(table).toContain('Their note.');
  // The editor's own values are kept; saving again applies them to the new version.
  expect(await page.getByLabel('Quote', { exact: true }).inputValue()).toBe('My quote.');
  await page.getByRole('button', { name: 'Save figure' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved as version' }).waitFor();
});

it('refuses a bad value beside its field, with the focus on it, and writes nothing', async () => {
  const { page } = app;
  await signIn(page);
  const figure = await aFigure('shells-delivered', 2);
  const before = (await (await fetch(url('/api/v1/revisions'))).json()) as { page: { total: number } };
  await page.goto(url(`/admin/figures/${figure.figureId}`));
  await page.getByLabel(/^Value as stated/).fill('1,000');
  await page.getByLabel(/^Reason for this change/).fill('A bad value');
  await page.getByRole('button', { name: 'Save figure' }).click();
  await page.getByRole('status').filter({ hasText: 'Not saved' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('figure-value');
  expect(await page.locator('#figure-value-error').textContent()).toMatch(/thousands separators/);
  const after = (await (await fetch(url('/api/v1/revisions'))).json()) as { page: { total: number } };
  expect(after.page.total).toBe(before.page.total);
});
