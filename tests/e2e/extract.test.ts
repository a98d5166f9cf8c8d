// The extraction assistant in Chromium: an editor pastes one of the seed digest's paragraphs, sees
// its figure highlighted with its fields, accepts it with a reason, and readers find it on its series
// page with its claimant, publisher and quote. Nothing is saved without an accept.
import { readFileSync } from 'node:fs';
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

const paragraphs = JSON.parse(readFileSync('tests/fixtures/extraction/paragraphs.json', 'utf8')) as { id: string; text: string }[];
const SEED = paragraphs.find((p) => p.id === 'seed-04') as { text: string };

async function revisions(): Promise<number> {
  const body = (await (await fetch(url('/api/v1/revisions'))).json()) as { page: { total: number } };
  return body.page.total;
}

it('finds the figure in a seed paragraph, saves it once accepted, and readers see it on its series page', async () => {
  const { page } = app;
  await signInInBrowser(page, app.server.baseUrl, editor);

  await page.goto(url('/admin/extract'));
  await page.getByLabel('Article text').fill(SEED.text);
  await page.getByLabel('Link').fill('https://example.org/senate-hearing');
  await page.getByLabel('Publisher').fill('Test Wire');
  await page.getByLabel(/^Published/).fill('2025-06-05');
  await page.getByRole('button', { name: 'Find figures' }).click();
  const heading = page.locator('#extract-results');
  await heading.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('extract-results');

  const candidate = page.locator('fieldset').filter({ hasText: '1,859' });
  expect(await candidate.count()).toBe(1);
  const index = Number((await candidate.locator('input[name$=":value"]').getAttribute('name'))?.match(/^c(\d+):/)?.[1]);
  expect(await page.locator(`#c${index}-value`).inputValue()).toBe('1859');
  // Its sentence is marked in the text, and the candidate's link takes the focus there.
  await candidate.getByRole('link', { name: 'Show its sentence in the text' }).click();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MARK');
  expect(await page.locator('mark:focus').textContent()).toContain('1,859 children');

  // Nothing without an accept.
  const before = await revisions();
  await page.getByLabel(/^Reason/).fill('From the Senate hearing report');
  await page.getByRole('button', { name: 'Save accepted figures' }).click();
  await page.getByRole('status').filter({ hasText: 'Accept at least one candidate' }).waitFor();
  expect(await revisions()).toBe(before);

  await candidate.getByLabel('Accept').check();
  await page.locator(`#c${index}-seriesSlug`).selectOption('children-returned');
  await page.locator(`#c${index}-claimant-name`).fill('Ukrainian government');
  await page.getByRole('button', { name: 'Save accepted figures' }).click();
  const outcome = page.getByRole('status').filter({ hasText: /Saved \d+ figure|Not saved/ });
  await outcome.waitFor();
  expect(await outcome.textContent()).toMatch(/^Saved 1 figure as revision \d+\.$/);
  expect(await revisions()).toBe(before + 1);

  await page.goto(url('/series/children-returned'));
  await page.locator('main').getByText('Ukraine has successfully returned 1,859 children', { exact: false }).first().waitFor();
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain('Ukraine has successfully returned 1,859 children abducted by Russia.');
  expect(main).toContain('Test Wire');
  expect(main).toContain('Ukrainian government');
  await page.goto(url('/changes'));
  expect(await page.locator('main').textContent()).toContain('From the Senate hearing report');
});
