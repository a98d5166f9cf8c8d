// The pages in a real browser against the built app and a seeded database: what a reader sees, what
// a screenshot would carry, and the status codes a link checker sees.
import type { Page } from 'playwright-core';
import { importFiles } from '@/lib/importer/import-files';
import { setUpBrowserApp } from '../helpers/browser-app';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { FIRST_SEED } from '../helpers/test-database';

const HEADLINE_SLUGS = ['shells-delivered', 'troops-deployed', 'children-returned', 'students-in-russia'];

jest.setTimeout(60_000);

const app = setUpBrowserApp();
const { url } = app;

async function text(target: Page, selector: string): Promise<string> {
  return ((await target.locator(selector).first().textContent()) ?? '').trim();
}

describe('dashboard', () => {
  it('shows the four headline charts, each with its headline sentence and source line', async () => {
    const response = await app.page.goto(url('/'));
    expect(response?.status()).toBe(200);
    expect(await app.page.title()).toBe('Sourced Figures');

    const charts = app.page.locator('figure[data-testid="series-chart"]');
    expect(await charts.count()).toBe(4);
    const slugs = await charts.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-series')));
    expect(slugs).toEqual(HEADLINE_SLUGS);

    for (const slug of HEADLINE_SLUGS) {
      const chart = app.page.locator(`figure[data-series="${slug}"]`);
      expect(await chart.locator('[data-testid="source-line"]').textContent()).toMatch(/^Sources: .+\. Published by .+\.$/);
      expect(await chart.locator('[data-testid="headline"]').textContent()).toMatch(/, per .+, reported by .+$/);
      expect(await chart.locator('[data-testid="chart-svg"]:visible').getAttribute('aria-label')).toMatch(/^Chart of /);
    }

    // "Latest" is the latest period end: HUR's Nov 2025 total, not the larger July estimate.
    expect(await app.page.locator('figure[data-series="shells-delivered"] [data-testid="headline"]').textContent()).toBe(
      "about 6.5 million shells since 2023, as of Nov 2025, per Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR) (via Reuters interview), reported by TSN.ua",
    );
    expect(await app.page.locator('figure[data-series="children-returned"] [data-testid="headline"]').textContent()).toBe(
      "2,000 children since 24 Feb 2022, as of 17 Feb 2026, per Volodymyr Zelensky, Government of Ukraine, reported by UNN",
    );
  });

  it('draws the points in the HTML, with a legend, and a tooltip in words once its script runs', async () => {
    await app.page.goto(url('/'));
    const chart = app.page.locator('figure[data-series="shells-delivered"]');
    // The page streams its charts in after a placeholder.
    await chart.locator('[data-testid="chart-points"][data-interactive="true"]').waitFor();
    const symbols = chart.locator('[data-testid="chart-point"]:visible');
    // Seven of the eight shell figures have an "as of" date; the digest's "since 2023" has none, and
    // repeats HUR's claim reported by TSN: folded into it, as the explorer does, not listed as undrawn.
    expect(await symbols.count()).toBe(7);
    expect(await chart.locator('[data-testid="not-drawn"]').count()).toBe(0);
    expect(await chart.locator('[data-testid="repeats-note"]').textContent()).toContain('1 later report repeats an earlier claim');
    expect(await chart.locator('ul[aria-label="Sources on the chart"] li').allTextContents()).toContain(
      "Ukraine's Defense Intelligence (HUR)",
    );

    await symbols.first().hover();
    const tooltip = chart.locator('[data-testid="chart-tooltip"]');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/shells.*per .*reported by .*(published|publication date not given)/);
  });

  it('lists every series by topic, saying which have no figures yet', async () => {
    await app.page.goto(url('/'));
    const index = app.page.locator('section[aria-labelledby="all-series"]');
    expect(await index.locator('[data-testid="topic-group"]').count()).toBe(5);
    const missiles = index.locator('li', { has: app.page.locator('a[href="/series/missiles-fired"]') });
    expect(await missiles.textContent()).toContain('no figures yet');
    const shells = index.locator('li', { has: app.page.locator('a[href="/series/shells-delivered"]') });
    expect(await shells.textContent()).toContain('8 figures');
  });
});

describe('series page', () => {
  it('shows the chart, its source line and a table of every figure', async () => {
    const response = await app.page.goto(url('/series/shells-delivered'));
    expect(response?.status()).toBe(200);
    expect(await text(app.page, 'h1')).toBe('Artillery shells sent to Russia (running total)');
    expect(await app.page.title()).toBe('Artillery shells sent to Russia (running total) · Sourced Figures');

    const chart = app.page.locator('figure[data-testid="series-chart"][data-series="shells-delivered"]');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('[data-testid="source-line"]').textContent()).toContain('Vadym Skibitskyi');

    const table = app.page.locator('table[data-testid="figures-table"]');
    expect(await table.locator('caption').textContent()).toContain('8 figures');
    expect(await table.locator('tbody tr').count()).toBe(8);
    const range = table.locator('tbody tr', { hasText: '4 to 6 million' });
    expect(await range.textContent()).toContain('Reuters and Open Source Centre');
    expect(await table.locator('blockquote').first().textContent()).toContain('6.5 million shells');

    const article = table.locator('a[target="_blank"]').first();
    expect(await article.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await article.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('says so when a series has no figures', async () => {
    const response = await app.page.goto(url('/series/missiles-fired'));
    expect(response?.status()).toBe(200);
    expect(await text(app.page, '[data-testid="empty-state"]')).toContain('No figures yet');
    expect(await app.page.locator('table').count()).toBe(0);
  });

  it('answers an unknown slug with a 404 status and the not-found page', async () => {
    const response = await app.page.goto(url('/series/no-such-series'));
    expect(response?.status()).toBe(404);
    expect(await text(app.page, '[data-testid="not-found"] h1')).toBe('Series not found');
    expect(await app.page.locator('header nav').count()).toBe(1);
  });

  it('shows figures imported while the server runs, without a restart', async () => {
    await app.page.goto(url('/series/troop-reinforcements'));
    expect(await app.page.locator('[data-testid="empty-state"]').count()).toBe(1);

    const [header] = seedFigureLines(FIRST_SEED.figures);
    const row =
      'troop-reinforcements,3000,approx,,,2025-01,2025-02,Test claimant,Test body,,Test publisher,2025-02-10,https://example.org/a,,';
    await importFiles({
      databaseUrl: app.db.url,
      figuresFile: writeTempFile(`${header}\n${row}\n`),
      author: 'e2e',
      reason: 'a figure added while the app runs',
    });

    // The import reaches the server's answer cache as a notification (LISTEN/NOTIFY) within a second;
    // until it has, the cached page is still the one from before.
    const rows = app.page.locator('table[data-testid="figures-table"] tbody tr');
    for (const started = Date.now(); Date.now() - started < 5000; await app.page.waitForTimeout(100)) {
      await app.page.goto(url('/series/troop-reinforcements'));
      if ((await rows.count()) > 0) break;
    }
    expect(await rows.count()).toBe(1);
    expect(await text(app.page, '[data-testid="source-line"]')).toBe('Sources: Test claimant, Test body. Published by Test publisher.');
  });
});

describe('sources', () => {
  it('lists claimants by organization and publishers, with how many figures each gave', async () => {
    const response = await app.page.goto(url('/sources'));
    expect(response?.status()).toBe(200);
    const hur = app.page.locator('[data-testid="claimant"]', { hasText: 'Vadym Skibitskyi' });
    expect(await hur.locator('[data-testid="figure-count"]').textContent()).toBe('7 figures');
    const digest = app.page.locator('[data-testid="publisher"]', { hasText: 'News digest (seed document)' });
    expect(await digest.locator('[data-testid="figure-count"]').textContent()).toBe('13 figures');

    await hur.locator('a').click();
    await app.page.waitForURL(/\/sources\/claimants\/\d+$/);
    expect(await text(app.page, 'h1')).toBe('Vadym Skibitskyi');
    expect(await app.page.locator('table[data-testid="figures-table"] tbody tr').count()).toBe(7);
  });

  it('answers unknown and malformed ids with 404', async () => {
    for (const path of ['/sources/claimants/999999', '/sources/claimants/abc', '/sources/publishers/1.5', '/sources/publishers/0']) {
      const response = await app.page.goto(url(path));
      expect([path, response?.status()]).toEqual([path, 404]);
      expect(await text(app.page, '[data-testid="not-found"] h1')).toBe('Source not found');
    }
  });
});

describe('layout', () => {
  it.each(['/', '/series/shells-delivered', '/sources'])('fits a 375 px phone screen without sideways scrolling: %s', async (path) => {
    const phone = await app.browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true });
    const phonePage = await phone.newPage();
    await phonePage.goto(url(path));
    await phonePage.locator('main').waitFor();
    const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await phone.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('follows the system colour scheme', async () => {
    // Painting the computed colour on a canvas turns any CSS colour syntax (Tailwind uses oklch) into RGB.
    const brightness = async (colorScheme: 'light' | 'dark') => {
      const themed = await app.browser.newContext({ colorScheme });
      const themedPage = await themed.newPage();
      await themedPage.goto(url('/sources'));
      const value = await themedPage.evaluate(() => {
        const canvas = document.createElement('canvas');
        const context2d = canvas.getContext('2d') as CanvasRenderingContext2D;
        context2d.fillStyle = getComputedStyle(document.body).backgroundColor;
        context2d.fillRect(0, 0, 1, 1);
        const [r, g, b] = context2d.getImageData(0, 0, 1, 1).data;
        return (r + g + b) / 3;
      });
      await themed.close();
      return value;
    };
    expect(await brightness('light')).toBeGreaterThan(200);
    expect(await brightness('dark')).toBeLessThan(50);
  });
});
