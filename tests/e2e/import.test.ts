// Importing in Chromium against the built app: an editor uploads a figures file of 20,000 rows and
// one correction, reads the dry run (counts and the correction field by field) while the progress bar
// moves through each step, imports it with a reason, and readers see the revision in /changes. A file
// with a bad row shows the row and column and writes nothing. axe finds nothing on the page.
import type { Page } from 'playwright-core';
import { createPrismaClient } from '@/lib/db';
import { makeAccount, signInInBrowser, type TestAccount } from '../helpers/accounts';
import { randomAuthSecret } from '../helpers/app-server';
import { axeViolations } from '../helpers/axe';
import { setUpBrowserApp } from '../helpers/browser-app';
import { seedFigureLines } from '../helpers/csv-files';
import { FIRST_SEED } from '../helpers/test-database';

jest.setTimeout(180_000);

let editor: TestAccount;

const app = setUpBrowserApp({
  prepare: async (db) => {
    const prisma = createPrismaClient(db.url);
    editor = await makeAccount(prisma, randomAuthSecret(), 'editor', 'Ida Importer');
    await prisma.$disconnect();
  },
});
const { url } = app;

const signIn = (page: Page) => signInInBrowser(page, app.server.baseUrl, editor);

/** Collects every text the progress label shows, from before the click on. */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress-label"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
}

async function revisionCount(): Promise<number> {
  const prisma = createPrismaClient(app.db.url);
  try {
    return await prisma.datasetRevision.count();
  } finally {
    await prisma.$disconnect();
  }
}

it('checks a large file with a progress bar, shows the correction field by field, and imports it as one revision', async () => {
  const { page } = app;
  await signIn(page);
  expect((await page.goto(url('/admin/import')))?.status()).toBe(200);
  expect(await axeViolations(page)).toEqual([]);

  const [header, firstSeed] = seedFigureLines(FIRST_SEED.figures);
  // The same figure (series, claimant, publisher, link, dates) with another note: a correction.
  const corrected = `${firstSeed.replace(/,"[^"]*"$|,[^,]*$/, '')},Checked against the original statement.`;
  const rows = Array.from(
    { length: 20_000 },
    (_, i) => `troops-deployed,${1000 + i},approx,,,2024-10,2024-11,Bulk Claimant,Bulk Body,,Bulk Paper,2024-11-20,https://example.org/bulk/${i},,`,
  );
  const file = { name: 'bulk.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${corrected}\n${rows.join('\n')}\n`) };
  await page.getByLabel('Figures file', { exact: true }).setInputFiles(file);

  const seen = await watchProgress(page);
  await page.getByRole('button', { name: 'Check the files' }).click();
  await page.getByRole('heading', { name: 'What the import would do' }).waitFor();
  const summary = page.getByTestId('import-summary');
  expect(await summary.locator('tr[data-key="figuresCreated"] td').textContent()).toBe('20,000');
  expect(await summary.locator('tr[data-key="figuresCorrected"] td').textContent()).toBe('1');
  const correction = page.getByTestId('import-correction');
  expect(await correction.count()).toBe(1);
  expect(await correction.locator('tr[data-field="note"] ins').textContent()).toBe('Checked against the original statement.');
  const checking = await seen();
  expect(checking.some((text) => /^Step 2 of 3: reading bulk\.csv, [\d,]+ of (about )?[\d,]+ rows$/.test(text))).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  const before = await revisionCount();
  const reason = 'Bulk figures from the spreadsheet of the data desk';
  await page.getByLabel(/^Reason/).fill(reason);
  await page.getByRole('button', { name: 'Import as one revision' }).click();
  const done = page.getByTestId('import-done');
  await done.getByRole('heading', { name: /^Imported as revision \d+$/ }).waitFor();
  expect(await done.textContent()).toContain('20,000 figures created, 1 corrected');
  expect((await seen()).some((text) => /^Step 4 of 4: writing [\d,]+ of 20,001 figures as one revision$/.test(text))).toBe(true);
  expect(await revisionCount()).toBe(before + 1);

  await done.getByRole('link', { name: 'See the revision in the corrections log' }).click();
  await page.waitForURL(/\/changes\/\d+$/);
  expect(await page.locator('main').textContent()).toContain(reason);
});

it('shows each bad row with its column and writes nothing', async () => {
  const { page } = app;
  await signIn(page);
  await page.goto(url('/admin/import'));
  const [header] = seedFigureLines(FIRST_SEED.figures);
  const bad = `${header}\ntroops-deployed,many,approx,,,2024-10,2024-11,A Claimant,A Body,,A Paper,2024-11-20,https://example.org/bad,,\n`;
  await page.getByLabel('Figures file', { exact: true }).setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const before = await revisionCount();
  await page.getByRole('button', { name: 'Check the files' }).click();
  const problem = page.getByTestId('import-problem');
  await problem.first().waitFor();
  expect(await problem.locator('td').allTextContents()).toEqual(['2', 'value', expect.stringMatching(/.+/)]);
  expect(await page.getByTestId('import-failure').textContent()).toContain('Nothing was imported');
  expect(await page.getByRole('button', { name: 'Import as one revision' }).count()).toBe(0);
  expect(await revisionCount()).toBe(before);
});
