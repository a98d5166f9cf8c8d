// Curating series, events, sources and headlines in Chromium against the built app: an editor
// retitles a series with a reason and readers see it on the series page and /changes; a stale save
// shows what the other editor changed; an event is created (a bad date refused beside its field);
// a claimant is merged into another after a confirmation that says how many figures move, and the
// figure's history shows the new version; the headlines are reordered with the keyboard and the
// dashboard follows. Every new page is private, uncached, unindexed and axe-clean.
import type { Cookie, Page } from 'playwright-core';
import { createPrismaClient } from '@/lib/db';
import { makeAccount, signInInBrowser, type TestAccount } from '../helpers/accounts';
import { randomAuthSecret } from '../helpers/app-server';
import { axeViolationsInEachTheme } from '../helpers/axe';
import { setUpBrowserApp } from '../helpers/browser-app';

jest.setTimeout(120_000);

let editor: TestAccount;
/** A claimant cited by figures, another to merge it into, and one figure that cites the first. */
let merge: { fromId: number; fromName: string; intoId: number; intoName: string; figureId: number; figures: number };
/** A seed event and a series that is no headline and that the other tests leave alone, to retire. */
let toRetire: { event: string; series: string; seriesFigures: number };

const app = setUpBrowserApp({
  prepare: async (db) => {
    const prisma = createPrismaClient(db.url);
    editor = await makeAccount(prisma, randomAuthSecret(), 'editor', 'Ada Editor');
    const cited = await prisma.claimant.findMany({
      where: { mergedInto: { is: null }, versions: { some: { validToRev: null, change: { not: 'retired' } } } },
      include: { versions: { where: { validToRev: null, change: { not: 'retired' } }, select: { figureId: true } } },
      orderBy: { id: 'asc' },
      take: 2,
    });
    const [from, into] = cited;
    merge = { fromId: from.id, fromName: from.name, intoId: into.id, intoName: into.name, figureId: from.versions[0].figureId, figures: from.versions.length };
    const event = await prisma.event.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const series = await prisma.series.findFirstOrThrow({
      where: { slug: { notIn: ['shells-delivered', 'troops-deployed'] }, headlines: { none: {} }, versions: { some: { validToRev: null } } },
      include: { _count: { select: { versions: { where: { validToRev: null, change: { not: 'retired' } } } } } },
      orderBy: { id: 'asc' },
    });
    toRetire = { event: event.slug, series: series.slug, seriesFigures: series._count.versions };
    await prisma.$disconnect();
  },
});
const { url } = app;

/** The editor's session, once signed in: sign-in is limited to 5 attempts a minute per address, and every test here comes from one. */
let session: Cookie[] | null = null;

async function signIn(page: Page): Promise<void> {
  if (session) return page.context().addCookies(session);
  await signInInBrowser(page, app.server.baseUrl, editor);
  session = await page.context().cookies();
}

/** Opens a curation page and checks that it is private, uncached, unindexed and axe-clean. */
async function openCurationPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(url(path));
  expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
  const headers = response?.headers() ?? {};
  expect({ path, cache: headers['cache-control'], robots: headers['x-robots-tag'] }).toEqual({ path, cache: 'private, no-store', robots: 'noindex, nofollow' });
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
  expect({ path, violations: await axeViolationsInEachTheme(page) }).toEqual({ path, violations: [] });
}

/** The dashboard's headline series, in the order it shows them. */
async function dashboardOrder(page: Page): Promise<string[]> {
  await page.goto(url('/'));
  return page.locator('section[aria-labelledby="headline-heading"] figure[data-series]').evaluateAll((figures) => figures.map((f) => f.getAttribute('data-series') ?? ''));
}

it('retitles a series with a reason, which readers see on the series page and /changes', async () => {
  const { page } = app;
  await signIn(page);
  await page.getByRole('navigation', { name: 'Curation' }).getByRole('link', { name: 'Series' }).click();
  await page.waitForURL(url('/admin/series'));
  await openCurationPage(page, '/admin/series?q=shells');
  expect(await page.getByRole('status').filter({ hasText: /series; page 1 of 1/ }).count()).toBe(1);
  await page.locator('a[href="/admin/series/shells-delivered"]').click();
  await page.waitForURL(url('/admin/series/shells-delivered'));
  await openCurationPage(page, '/admin/series/shells-delivered');
  await openCurationPage(page, '/admin/series/new');

  await page.goto(url('/admin/series/shells-delivered'));
  const title = 'Artillery shells delivered to Russia';
  const reason = 'The series counts artillery shells only; the title now says so';
  await page.getByLabel(/^Title/).fill(title);
  await page.getByLabel(/^Reason for this change/).fill(reason);
  await page.getByRole('button', { name: 'Save series' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved as version 2' }).waitFor();

  await page.goto(url('/series/shells-delivered'));
  expect(await page.locator('h1').textContent()).toContain(title);
  await page.goto(url('/changes'));
  expect(await page.locator('main').textContent()).toContain(reason);
});

it('refuses a series save that started from an old version and shows what the other editor changed', async () => {
  const { page } = app;
  await signIn(page);
  await page.goto(url('/admin/series/troops-deployed'));

  const other = await app.context.newPage();
  await other.goto(url('/admin/series/troops-deployed'));
  await other.getByLabel(/^Description/).fill('Their description.');
  await other.getByLabel(/^Reason for this change/).fill('Their correction');
  await other.getByRole('button', { name: 'Save series' }).click();
  await other.getByRole('status').filter({ hasText: 'Saved as version' }).waitFor();
  await other.close();

  await page.getByLabel(/^Title/).fill('My title');
  await page.getByLabel(/^Reason for this change/).fill('My correction');
  await page.getByRole('button', { name: 'Save series' }).click();
  const conflict = page.locator('#series-conflict');
  await conflict.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('series-conflict');
  const table = (await conflict.locator('table').textContent()) ?? '';
  expect(table).toContain('description');
  expect(table).toContain('Their description.');
  expect(await page.getByLabel(/^Title/).inputValue()).toBe('My title');
  expect(await axeViolationsInEachTheme(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save series' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved as version' }).waitFor();
});

it('creates an event, refusing a bad date beside its field first', async () => {
  const { page } = app;
  await signIn(page);
  await openCurationPage(page, '/admin/events');
  await page.getByRole('link', { name: 'New event' }).click();
  await page.waitForURL(url('/admin/events/new'));
  await openCurationPage(page, '/admin/events/new');

  const reason = 'Reported in the ministry’s weekly briefing';
  await page.getByLabel(/^Slug/).fill('second-rotation-announced');
  await page.getByLabel(/^Date/).fill('2025-13');
  await page.getByLabel(/^Title/).fill('Second rotation announced');
  await page.getByLabel(/^Source/).fill('Ministry of Defence');
  await page.getByLabel('troops', { exact: true }).check();
  await page.getByLabel(/^Reason for this change/).fill(reason);
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.getByRole('status').filter({ hasText: 'Not saved' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('event-date');
  expect(await page.locator('#event-date').getAttribute('aria-describedby')).toContain('event-date-error');
  expect(await page.locator('#event-date-error').textContent()).toMatch(/^date /);
  // What was typed stays, the topic included.
  expect(await page.getByLabel('troops', { exact: true }).isChecked()).toBe(true);
  expect(await axeViolationsInEachTheme(page)).toEqual([]);

  await page.getByLabel(/^Date/).fill('2025-11');
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.waitForURL(url('/admin/events/second-rotation-announced?saved=1'));
  expect(await page.locator('h1').textContent()).toContain('Second rotation announced');
  expect(await page.getByLabel(/^Date/).inputValue()).toBe('2025-11');
  await openCurationPage(page, '/admin/events/second-rotation-announced');
  await page.goto(url('/admin/events?q=rotation'));
  expect(await page.locator('main table').textContent()).toContain('Second rotation announced');
  await page.goto(url('/changes'));
  expect(await page.locator('main').textContent()).toContain(reason);
});

it('merges a claimant into another once confirmed, and the figure’s history shows its new version', async () => {
  const { page } = app;
  await signIn(page);
  await openCurationPage(page, '/admin/sources');
  const reason = 'One analyst, listed under two spellings';
  const form = page.locator('form').filter({ has: page.locator('#claimant-merge-fromId') });
  await form.getByLabel(/^Merge this claimant away/).selectOption(String(merge.fromId));
  await form.getByLabel(/^Into this one/).selectOption(String(merge.intoId));
  await form.getByLabel(/^Reason for this change/).fill(reason);
  await form.getByRole('button', { name: 'Review merge' }).click();
  const confirm = page.locator('#claimant-merge-confirm');
  await confirm.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('claimant-merge-confirm');
  expect(await confirm.textContent()).toContain(`${merge.figures} figure${merge.figures === 1 ? '' : 's'} will get a new version`);
  expect(await axeViolationsInEachTheme(page)).toEqual([]);
  await confirm.getByRole('button', { name: /^Merge and move/ }).click();
  await page.getByRole('status').filter({ hasText: `${merge.figures} figure${merge.figures === 1 ? '' : 's'} moved` }).waitFor();

  await page.goto(url(`/figures/${merge.figureId}`));
  const history = (await page.locator('main').textContent()) ?? '';
  expect(history).toContain(reason);
  expect(history).toContain('Ada Editor');
  expect(history).toContain(merge.intoName);
  // The merged-away name is no longer offered.
  await page.goto(url('/admin/sources'));
  expect(await page.locator('#claimant-merge-fromId option').evaluateAll((options) => options.map((o) => o.getAttribute('value')))).not.toContain(String(merge.fromId));
});

it('reorders the headlines with the keyboard, and the dashboard follows', async () => {
  const { page } = app;
  const before = await dashboardOrder(page);
  expect(before.length).toBeGreaterThan(1);
  await signIn(page);
  await openCurationPage(page, '/admin/headlines');
  const rows = () => page.getByTestId('headline-row').evaluateAll((items) => items.map((i) => i.getAttribute('data-slug') ?? ''));
  expect(await rows()).toEqual(before);

  // The first series moves to the end, one press at a time; the focus stays on its button.
  const first = before[0];
  await page.locator(`#headline-${first}-down`).focus();
  for (let press = 1; press < before.length; press += 1) {
    await page.keyboard.press('Enter');
    await page.waitForFunction(([slug, n]) => document.querySelectorAll('[data-testid="headline-row"]')[n as number]?.getAttribute('data-slug') === slug, [first, press]);
    if (press < before.length - 1) expect(await page.evaluate(() => document.activeElement?.id)).toBe(`headline-${first}-down`);
  }
  const expected = [...before.slice(1), first];
  expect(await rows()).toEqual(expected);
  // At the end its "down" button is disabled, so the focus went to "up".
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(`headline-${first}-up`);
  await page.getByLabel(/^Reason for this change/).fill('The latest count leads');
  await page.getByRole('button', { name: 'Save headlines' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved in revision' }).waitFor();
  expect(await axeViolationsInEachTheme(page)).toEqual([]);

  expect(await dashboardOrder(page)).toEqual(expected);
});

it('refuses to merge a claimant into itself, beside the field, with the focus on it', async () => {
  const { page } = app;
  await signIn(page);
  await page.goto(url('/admin/sources'));
  const form = page.locator('form').filter({ has: page.locator('#claimant-merge-fromId') });
  await form.getByLabel(/^Merge this claimant away/).selectOption(String(merge.intoId));
  await form.getByLabel(/^Into this one/).selectOption(String(merge.intoId));
  await form.getByLabel(/^Reason for this change/).fill('A mistake');
  await form.getByRole('button', { name: 'Review merge' }).click();
  await form.getByRole('status').filter({ hasText: 'Not merged' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('claimant-merge-intoId');
  expect(await page.locator('#claimant-merge-intoId').getAttribute('aria-describedby')).toBe('claimant-merge-intoId-error');
  expect(await page.locator('#claimant-merge-intoId-error').textContent()).toMatch(/cannot be merged into itself/);
  expect(await axeViolationsInEachTheme(page)).toEqual([]);
});

it('retires an event and a series with their reasons', async () => {
  const { page } = app;
  await signIn(page);
  await page.goto(url(`/admin/events/${toRetire.event}`));
  await page.getByLabel('Reason for retiring (required)').fill('The report was withdrawn');
  await page.getByRole('button', { name: 'Retire event' }).click();
  await page.waitForURL(url(`/admin/events/${toRetire.event}?retired=1`));
  expect(await page.getByRole('status').filter({ hasText: 'Retired: charts no longer draw it' }).count()).toBe(1);
  expect(await page.locator('h1').textContent()).toContain('(retired)');
  expect(await page.getByRole('button', { name: 'Save and bring back' }).count()).toBe(1);

  await page.goto(url(`/admin/series/${toRetire.series}`));
  expect(await page.locator('form').filter({ hasText: 'Retire this series' }).textContent()).toContain(`Its ${toRetire.seriesFigures} current figure`);
  await page.getByLabel('Reason for retiring (required)').fill('Merged into a better-sourced series');
  await page.getByRole('button', { name: 'Retire series' }).click();
  await page.waitForURL(url(`/admin/series/${toRetire.series}?retired=1`));
  expect(await page.getByRole('status').filter({ hasText: /^Retired in revision \d+, with its figures\.$/ }).count()).toBe(1);
  expect(await page.locator('main').textContent()).toContain('a retired series cannot change');
  // Its figures went with it; the curation list no longer offers it.
  const figures = (await (await fetch(url(`/api/v1/series/${toRetire.series}/figures`))).json()) as { data: unknown[] };
  expect(figures.data).toEqual([]);
  await page.goto(url('/admin/series'));
  expect(await page.locator(`a[href="/admin/series/${toRetire.series}"]`).count()).toBe(0);
  await page.goto(url('/changes'));
  expect(await page.locator('main').textContent()).toContain('Merged into a better-sourced series');
});

it('refuses a headlines save that started from an old list and shows the other editor’s list', async () => {
  const { page } = app;
  await signIn(page);
  await page.goto(url('/admin/headlines'));
  const other = await app.context.newPage();
  await other.goto(url('/admin/headlines'));
  const theirs = await other.getByTestId('headline-row').evaluateAll((items) => items.map((i) => i.getAttribute('data-slug') ?? ''));
  await other.locator(`#headline-${theirs[0]}-remove`).click();
  await other.getByLabel(/^Reason for this change/).fill('Their headlines');
  await other.getByRole('button', { name: 'Save headlines' }).click();
  await other.getByRole('status').filter({ hasText: 'Saved in revision' }).waitFor();
  await other.close();

  await page.locator(`#headline-${theirs[1]}-up`).click();
  await page.getByLabel(/^Reason for this change/).fill('My headlines');
  await page.getByRole('button', { name: 'Save headlines' }).click();
  const conflict = page.locator('#headlines-conflict');
  await conflict.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('headlines-conflict');
  expect(await conflict.locator('ol').nth(1).locator('li').count()).toBe(theirs.length - 1);
  expect(await axeViolationsInEachTheme(page)).toEqual([]);
  await conflict.getByRole('button', { name: 'Start from theirs' }).click();
  expect(await page.getByTestId('headline-row').count()).toBe(theirs.length - 1);
  await page.getByRole('button', { name: 'Save headlines' }).click();
  await page.getByRole('status').filter({ hasText: /nothing was written|Saved in revision/ }).waitFor();
});
