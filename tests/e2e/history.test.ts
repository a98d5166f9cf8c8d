// The public history in a real browser against the built app: a figure's page opened from its row
// on a series page, with its diff; the corrections log paged and filtered; a revision opened from
// the log; the Atom feed parsed as XML; real 404s; and axe finding nothing on these pages.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { importFiles } from '@/lib/importer/import-files';
import { axeViolations } from '../helpers/axe';
import { setUpBrowserApp } from '../helpers/browser-app';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { FIRST_SEED } from '../helpers/test-database';

jest.setTimeout(120_000);

type Row = Record<string, string>;
/** The seed the browser tests' database is loaded with. */
const SEED_LINES = seedFigureLines(FIRST_SEED.figures);
const COLUMNS = SEED_LINES[0].split(',');
const SEED: Row[] = parse(SEED_LINES.join('\n'), { columns: true });

function seedRow(series: string, value: string): Row {
  const row = SEED.find((r) => r.series === series && r.value === value);
  if (!row) throw new Error(`the seed data no longer has the ${series} row of ${value} this test changes`);
  return row;
}

const NIS_TOTAL = seedRow('troops-deployed', '15000');
const KIRBY = seedRow('containers-shipped', '1000');
const FIRST_REPORT = seedRow('troops-deployed', '3000');
/** Enough revisions after the first three for the log to need a second page of 25. */
const NOTE_EDITS = 24;
const LATEST = 3 + NOTE_EDITS;

const app = setUpBrowserApp({
  prepare: async (db) => {
    const write = (rows: Row[], reason: string, retireMissing = false) =>
      importFiles({
        databaseUrl: db.url,
        figuresFile: writeTempFile(stringify(rows, { header: true, columns: COLUMNS })),
        author: 'e2e editor',
        reason,
        retireMissing,
      });
    await write([{ ...NIS_TOTAL, value: '16500' }], 'NIS revised its total <after a briefing> & more');
    await write(SEED.filter((row) => row.series === 'containers-shipped' && row !== KIRBY), 'Kirby’s figure withdrawn', true);
    for (let i = 1; i <= NOTE_EDITS; i += 1) await write([{ ...FIRST_REPORT, note: `Note, edit ${i}.` }], `Note edit ${i}`);
  },
});
const { url } = app;

async function open(target: Page, path: string, status = 200): Promise<void> {
  const response = await target.goto(url(path));
  expect([path, response?.status()]).toEqual([path, status]);
}

const texts = (target: Page, selector: string) => target.locator(selector).allTextContents();

describe('a figure’s history', () => {
  it('opens from its row on the series page and reads each version with its revision and diff', async () => {
    await open(app.page, '/series/troops-deployed');
    const row = app.page.locator('[data-testid="figure-row"]', { has: app.page.locator('th', { hasText: /^about 16,500$/ }) });
    expect(await row.locator('[data-testid="figure-history-link"]').count()).toBe(1);
    expect(await row.textContent()).toContain('2 versions');
    await row.locator('[data-testid="figure-history-link"]').click();
    await app.page.waitForURL(/\/figures\/\d+$/);

    expect(await app.page.locator('h1').textContent()).toBe('About 16,500 troops since Oct 2024, as of 30 Apr 2025');
    // After a client-side navigation the router sets the title once the new page is in: wait for it.
    const title = 'History: About 16,500 troops since Oct 2024, as of 30 Apr 2025 · Sourced Figures';
    await app.page.waitForFunction((expected) => document.title === expected, title, { timeout: 10_000 }).catch(() => undefined);
    expect(await app.page.title()).toBe(title);
    expect(await app.page.getByTestId('figure-status').textContent()).toBe('current');
    expect(await app.page.getByTestId('figure-series').getAttribute('href')).toBe('/series/troops-deployed');

    const versions = app.page.locator('[data-testid="figure-version"]');
    expect(await versions.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-version')))).toEqual(['2', '1']);
    const newest = versions.first();
    expect(await newest.getByTestId('change-kind').textContent()).toBe('Corrected');
    expect(await newest.getByTestId('revision-reason').textContent()).toBe('NIS revised its total <after a briefing> & more');
    expect(await newest.getByTestId('revision-author').textContent()).toBe('e2e editor');
    expect(await newest.locator('caption').textContent()).toBe('What version 2 changed against version 1');
    const diff = newest.locator('[data-testid="diff-row"]');
    expect(await diff.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-field')))).toEqual(['value']);
    expect([await diff.getByTestId('diff-before').textContent(), await diff.getByTestId('diff-after').textContent()]).toEqual([
      'about 15,000 troops',
      'about 16,500 troops',
    ]);
    const created = versions.nth(1);
    expect(await created.getByTestId('change-kind').textContent()).toBe('Created');
    expect(await created.locator('[data-testid="figure-fields"] tr[data-field="period"] td').textContent()).toBe('since Oct 2024, as of 30 Apr 2025');
    expect(await created.locator('[data-testid="figure-fields"] tr[data-field="published"] td').textContent()).toBe('2 May 2025');

    await newest.getByRole('link', { name: 'Revision 2' }).click();
    await app.page.waitForURL(url('/changes/2'));
    expect(await app.page.locator('h1').textContent()).toBe('Revision 2');
  });

  it('says clearly when a figure was retired, and keeps its versions', async () => {
    await open(app.page, '/changes/3');
    const change = app.page.locator('[data-testid="revision-change"]');
    expect(await change.count()).toBe(1);
    expect(await change.getByTestId('change-kind').textContent()).toBe('Retired');
    await change.getByRole('link', { name: /History of this figure/ }).click();
    await app.page.waitForURL(/\/figures\/\d+$/);
    expect(await app.page.getByTestId('figure-status').textContent()).toBe('retired in revision 3');
    expect(await app.page.getByTestId('retired-note').textContent()).toMatch(/^This figure was retired in revision 3 .+no longer part of the latest data/);
    expect(await texts(app.page, '[data-testid="figure-version"] [data-testid="change-kind"]')).toEqual(['Retired', 'Created']);
  });

  it('answers unknown and malformed ids with a real 404', async () => {
    for (const path of ['/figures/999999', '/figures/abc', '/figures/0', '/figures/1.5', '/figures/99999999999']) {
      await open(app.page, path, 404);
      expect(await app.page.locator('[data-testid="not-found"] h1').textContent()).toBe('Figure not found');
    }
    for (const path of ['/changes/999', '/changes/abc', '/changes/-1']) {
      await open(app.page, path, 404);
      expect(await app.page.locator('[data-testid="not-found"] h1').textContent()).toBe('Revision not found');
    }
  });
});

describe('figure rows elsewhere link to their history', () => {
  it('in the explorer’s table and ledger, on source pages and in a pinned view’s changes', async () => {
    await open(app.page, '/explore?s=troops-deployed&view=table');
    await app.page.locator('[data-testid="explorer-row"]').first().waitFor();
    const rows = await app.page.locator('[data-testid="explorer-row"]').count();
    const links = await app.page.locator('[data-testid="explorer-row"] [data-testid="figure-history-link"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
    expect(links).toHaveLength(rows);
    expect(links.every((href) => /^\/figures\/\d+$/.test(href ?? ''))).toBe(true);
    const entries = await app.page.locator('[data-testid="ledger-entry"]').count();
    expect(entries).toBeGreaterThan(0);
    expect(await app.page.locator('[data-testid="ledger-entry"] [data-testid="figure-history-link"]').count()).toBe(entries);

    await open(app.page, '/sources');
    await app.page.locator('[data-testid="claimant"]', { hasText: 'Vadym Skibitskyi' }).locator('a').click();
    await app.page.waitForURL(/\/sources\/claimants\/\d+$/);
    await app.page.locator('[data-testid="figure-row"]').first().waitFor();
    expect(await app.page.locator('[data-testid="figure-row"] [data-testid="figure-history-link"]').count()).toBe(
      await app.page.locator('[data-testid="figure-row"]').count(),
    );

    await open(app.page, '/changes?s=troops-deployed&rev=1');
    const change = app.page.locator('[data-testid="figure-change"]', { hasText: 'about 16,500 troops' });
    await change.getByTestId('figure-history-link').click();
    await app.page.waitForURL(/\/figures\/\d+$/);
    expect(await app.page.locator('h1').textContent()).toContain('16,500 troops');
  });
});

describe('the corrections log', () => {
  it('lists every revision newest first, a page at a time', async () => {
    await open(app.page, '/changes');
    expect(await app.page.locator('h1').textContent()).toBe('Corrections log');
    const log = app.page.getByTestId('revision-log');
    expect(await log.locator('caption').textContent()).toBe(`${LATEST} revisions, newest first`);
    const ids = () => app.page.locator('[data-testid="revision-row"]').evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-revision'))));
    expect(await ids()).toEqual(Array.from({ length: 25 }, (_, i) => LATEST - i));
    const retired = app.page.locator('[data-testid="revision-row"][data-revision="3"]');
    expect(await retired.getByTestId('revision-reason').textContent()).toBe('Kirby’s figure withdrawn');
    expect([await retired.getByTestId('count-created').textContent(), await retired.getByTestId('count-corrected').textContent(), await retired.getByTestId('count-retired').textContent()]).toEqual(['0', '0', '1']);
    expect(await app.page.getByTestId('page-position').textContent()).toBe('Page 1 of 2');

    await app.page.getByRole('navigation', { name: 'Pages of the corrections log' }).getByRole('link', { name: /Older/ }).click();
    await app.page.waitForURL(url('/changes?page=2'));
    expect(await ids()).toEqual(Array.from({ length: LATEST - 25 }, (_, i) => LATEST - 25 - i));
    expect(await app.page.getByTestId('page-position').textContent()).toBe('Page 2 of 2');
    await app.page.getByRole('link', { name: /Newer/ }).click();
    await app.page.waitForURL(url('/changes'));
    expect(await ids()).toHaveLength(25);
  });

  it('filters by series, and names a slug it does not know', async () => {
    await open(app.page, '/changes?s=containers-shipped');
    expect(await app.page.locator('[data-testid="revision-row"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-revision')))).toEqual(['3', '1']);
    expect(await app.page.getByTestId('log-filter').textContent()).toMatch(/^Showing the revisions that changed “[^”]+”, with only their figures counted\. Show every revision$/);

    await open(app.page, '/changes?s=no-such-series&page=x');
    expect(await texts(app.page, '[role="status"] li')).toEqual(['Ignored unknown series "no-such-series".', 'Ignored page="x": a page is a whole number from 1.']);
    expect(await app.page.locator('[data-testid="revision-row"]').count()).toBe(25);
  });

  it('opens a revision to its figures and their diffs, each linked to its history', async () => {
    await open(app.page, '/changes?page=2');
    await app.page.getByRole('link', { name: 'Revision 2', exact: true }).click();
    await app.page.waitForURL(url('/changes/2'));
    expect(await app.page.getByTestId('revision-reason').textContent()).toBe('NIS revised its total <after a briefing> & more');
    expect(await app.page.getByTestId('revision-counts').textContent()).toBe('0 figures created, 1 corrected, 0 retired');
    const change = app.page.locator('[data-testid="revision-change"]');
    expect(await change.count()).toBe(1);
    expect([await change.getByTestId('diff-before').textContent(), await change.getByTestId('diff-after').textContent()]).toEqual([
      'about 15,000 troops',
      'about 16,500 troops',
    ]);
    const history = await change.getByRole('link', { name: /History of this figure/ }).getAttribute('href');
    expect(history).toMatch(/^\/figures\/\d+$/);

    // The seed's revision, filtered to one series from the log.
    await open(app.page, '/changes?s=troops-deployed&page=2');
    await app.page.getByRole('link', { name: 'Revision 1', exact: true }).click();
    await app.page.waitForURL(url('/changes/1?s=troops-deployed'));
    const seedTroops = SEED.filter((row) => row.series === 'troops-deployed').length;
    expect(await app.page.locator('[data-testid="revision-change"]').count()).toBe(seedTroops);
    expect(await app.page.locator('[data-testid="revision-series"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-series')))).toEqual(['troops-deployed']);
  });

  it('shows a visible keyboard focus on the log’s links and its scrolling table', async () => {
    await open(app.page, '/changes');
    let outline = '';
    for (let i = 0; i < 40 && !outline; i += 1) {
      await app.page.keyboard.press('Tab');
      outline = await app.page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (active?.getAttribute('role') !== 'region') return '';
        return getComputedStyle(active).outlineStyle;
      });
    }
    expect(outline).toBe('solid');
    await app.page.keyboard.press('Tab');
    const link = await app.page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { text: active.textContent, outline: getComputedStyle(active).outlineStyle };
    });
    expect(link.text).toBe(`Revision ${LATEST}`);
    expect(link.outline).not.toBe('none');
  });
});

describe('the Atom feed', () => {
  it('is linked from /changes and gives the same log as well-formed Atom with absolute links', async () => {
    await open(app.page, '/changes');
    const alternate = app.page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    expect(await alternate.getAttribute('href')).toBe(url('/changes.atom'));

    const response = await fetch(url('/changes.atom'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const doc = new JSDOM(await response.text(), { contentType: 'application/xml' }).window.document;
    const feed = doc.documentElement;
    expect([feed.localName, feed.namespaceURI]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    const child = (parent: Element, name: string) => [...parent.children].filter((c) => c.localName === name);
    for (const name of ['id', 'title', 'updated', 'author']) expect([name, child(feed, name).length]).toEqual([name, 1]);
    expect(child(feed, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href')).toBe(url('/changes.atom'));

    const entries = child(feed, 'entry');
    expect(entries).toHaveLength(LATEST);
    const text = (entry: Element, name: string) => child(entry, name)[0]?.textContent ?? null;
    expect(entries.map((e) => text(e, 'id'))).toEqual(Array.from({ length: LATEST }, (_, i) => url(`/changes/${LATEST - i}`)));
    const two = entries.find((e) => text(e, 'id') === url('/changes/2'))!;
    expect(text(two, 'title')).toBe('Revision 2: NIS revised its total <after a briefing> & more');
    expect(child(child(two, 'author')[0], 'name')[0].textContent).toBe('e2e editor');
    expect(text(two, 'content')).toContain('0 figures created, 1 corrected, 0 retired');
    expect(child(two, 'link')[0].getAttribute('href')).toBe(url('/changes/2'));
    for (const entry of entries) expect(Number.isNaN(Date.parse(text(entry, 'updated') ?? ''))).toBe(false);
    expect(text(feed, 'updated')).toBe(text(entries[0], 'updated'));
  });

  it('filters by series like the log, and refuses a series that does not exist', async () => {
    await open(app.page, '/changes?s=containers-shipped');
    expect(await app.page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(url('/changes.atom?s=containers-shipped'));
    const doc = new JSDOM(await (await fetch(url('/changes.atom?s=containers-shipped'))).text(), { contentType: 'application/xml' }).window.document;
    expect([...doc.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('id')[0].textContent)).toEqual([url('/changes/3'), url('/changes/1')]);
    expect((await fetch(url('/changes.atom?s=no-such-series'))).status).toBe(404);
  });
});

describe('accessibility', () => {
  it.each(['/changes', '/changes?s=no-such-series', '/changes/2', '/changes/1?page=2', '/changes?s=troops-deployed&rev=1', '/changes?s=troops-deployed&rev=999999'])('axe finds nothing on %s', async (path) => {
    await open(app.page, path);
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('axe finds nothing on a figure’s page', async () => {
    await open(app.page, '/changes/2');
    await app.page.getByRole('link', { name: /History of this figure/ }).click();
    await app.page.waitForURL(/\/figures\/\d+$/);
    expect(await axeViolations(app.page)).toEqual([]);
  });
});
