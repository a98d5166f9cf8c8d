// The explorer in a real browser against the built app and the seeded database: choosing series,
// narrowing the range, switching to the table and back by URL, the notice for a bad URL, and the
// honest drawing a screenshot would carry.
import type { Page } from 'playwright-core';
import { setUpBrowserApp } from '../helpers/browser-app';

jest.setTimeout(60_000);

const app = setUpBrowserApp();
const { url } = app;

function query(target: Page): string {
  return decodeURIComponent(new URL(target.url()).search);
}

/**
 * Where each drawn point of a chart sits, as a share of its time axis (0 at its left end, 1 at its
 * right) and of its value axis (0 at the lowest tick, 1 at the highest), with its date whisker's ends:
 * comparable between charts drawn at different sizes.
 */
async function placesIn(target: Page, figure: string): Promise<Record<string, number[]>> {
  const svg = target.locator(`${figure} svg[data-testid="chart-svg"]:visible`);
  return svg.evaluate((root) => {
    const numbers = (d: string | null) => (d ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    const paths = [...root.querySelectorAll('g[aria-hidden] > path, g[aria-hidden] > g > path')];
    const axis = paths.find((p) => !p.hasAttribute('stroke-dasharray') && /^M[\d.]+,[\d.]+ H[\d.]+$/.test(p.getAttribute('d') ?? ''));
    const [left, , right] = numbers(axis?.getAttribute('d') ?? null);
    const grid = paths.filter((p) => p.getAttribute('stroke-dasharray') === '2 3').map((p) => numbers(p.getAttribute('d'))[1]);
    const [low, high] = [grid.reduce((a, b) => Math.max(a, b), -Infinity), grid.reduce((a, b) => Math.min(a, b), Infinity)];
    const fx = (x: number) => Number(((x - left) / (right - left)).toFixed(3));
    const fy = (y: number) => Number(((low - y) / (low - high)).toFixed(3));
    const whiskers = [...root.querySelectorAll('g[aria-hidden] > g > path:not([stroke-dasharray])')].map((p) => numbers(p.getAttribute('d')));
    return Object.fromEntries(
      [...root.querySelectorAll('[data-point]')].map((point) => {
        const circle = point.querySelector('circle') as SVGCircleElement;
        const [cx, cy] = [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))];
        // A date whisker is the horizontal line through the point: "M from,cy H to …".
        const whisker = whiskers.find((w) => w.length >= 3 && Math.abs(w[1] - cy) < 0.01 && w[0] <= cx + 0.01 && w[2] >= cx - 0.01);
        return [point.getAttribute('data-point') ?? '', [fx(cx), fy(cy), ...(whisker ? [fx(whisker[0]), fx(whisker[2])] : [])]];
      }),
    );
  });
}

/** The results section, drawn on the server with the page. */
async function drawn(target: Page): Promise<void> {
  await target.locator('section[aria-labelledby="results-heading"]').waitFor();
}

describe('explorer', () => {
  it('chooses two series, narrows the range, switches to the table, and shows the same view after a reload', async () => {
    const response = await app.page.goto(url('/explore'));
    expect(response?.status()).toBe(200);
    expect(await app.page.title()).toBe('Explore · Sourced Figures');
    expect(await app.page.locator('[data-testid="explorer-intro"]').count()).toBe(1);

    // The list of series is open while none is chosen; search it and tick two.
    const search = app.page.getByLabel('Search titles');
    await search.fill('troops sent');
    await app.page.getByLabel('North Korean troops sent to Russia').check();
    await app.page.waitForURL(/s=troops-deployed$/);
    await search.fill('killed or wounded');
    await app.page.getByLabel('North Korean troops killed or wounded').check();
    await app.page.waitForURL(/s=troops-deployed,troop-casualties$/);
    await app.page.locator('figure[data-testid="explorer-panel"]').nth(1).waitFor();
    expect(await app.page.locator('[data-testid="chosen-series"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-series')))).toEqual([
      'troops-deployed',
      'troop-casualties',
    ]);

    // Type a range, as on a phone keyboard; the URL keeps only what differs from the defaults.
    await app.page.getByLabel('From', { exact: true }).fill('Oct 2024');
    await app.page.getByLabel('To', { exact: true }).fill('2025-06');
    await app.page.getByRole('button', { name: 'Apply' }).click();
    await app.page.waitForURL(/from=2024-10&to=2025-06$/);
    expect(query(app.page)).toBe('?s=troops-deployed,troop-casualties&from=2024-10&to=2025-06');
    await drawn(app.page);
    expect(await app.page.locator('[data-testid="results-summary"]').textContent()).toMatch(/^2 series, \d+ figures in view/);
    await app.page.locator('figure[data-series="troops-deployed"] [data-testid="chart-points"][data-interactive="true"]').waitFor();
    // Sep 2025's count falls outside the range; Oct 2024 to Apr 2025 stay.
    expect(await app.page.locator('figure[data-series="troops-deployed"]').textContent()).toContain('4 figures in view');

    await app.page.locator('[role="group"][aria-labelledby="segmented-view"] a', { hasText: 'Table' }).click();
    await app.page.waitForURL(/view=table$/);
    const tables = app.page.locator('[data-testid="explorer-table"]');
    await tables.first().waitFor();
    const before = {
      query: query(app.page),
      tables: await tables.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-series'))),
      rows: await app.page.locator('[data-testid="explorer-row"] th[scope="row"]').allTextContents(),
      from: await app.page.getByLabel('From', { exact: true }).inputValue(),
    };
    expect(before.tables).toEqual(['troops-deployed', 'troop-casualties']);
    expect(before.rows).toContain('about 15,000approximate');
    expect(before.from).toBe('2024-10');

    await app.page.reload();
    await tables.first().waitFor();
    expect({
      query: query(app.page),
      tables: await tables.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-series'))),
      rows: await app.page.locator('[data-testid="explorer-row"] th[scope="row"]').allTextContents(),
      from: await app.page.getByLabel('From', { exact: true }).inputValue(),
    }).toEqual(before);
    expect(await app.page.locator('[aria-current="true"][data-option="table"]').count()).toBe(1);

    // Removing a chosen series keeps the rest of the view.
    await app.page.getByRole('button', { name: 'Remove North Korean troops killed or wounded' }).click();
    await app.page.waitForURL(/\?s=troops-deployed&from=2024-10&to=2025-06&view=table$/);
    await drawn(app.page);
    expect(await tables.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-series')))).toEqual(['troops-deployed']);
  });

  it('shows a notice naming what it ignored in a bad URL, and still shows the rest', async () => {
    const response = await app.page.goto(url('/explore?s=troops-deployed,no-such-series&from=2025-02-30&to=2025&mode=sideways&colour=red'));
    expect(response?.status()).toBe(200);
    const notice = app.page.locator('[role="status"][data-testid="url-notice"]');
    const text = await notice.textContent();
    expect(text).toContain('Ignored unknown series "no-such-series".');
    expect(text).toContain('Ignored from="2025-02-30"');
    expect(text).toContain('Ignored mode="sideways"');
    expect(text).toContain('Ignored unknown parameter "colour".');
    await drawn(app.page);
    expect(await app.page.locator('figure[data-series="troops-deployed"]').count()).toBe(1);
    expect(await notice.locator('a').getAttribute('href')).toBe('/explore?s=troops-deployed&to=2025');
  });

  it.each([
    '/explore?from=2026&to=2024',
    '/explore?s=%E2%9C%93,troops-deployed,troops-deployed&view=graph&rev=99999999999999999999',
    '/explore?rev=999&s=troops-deployed',
    '/explore?v=7&s=,,,&mode=&view=',
    `/explore?s=${Array.from({ length: 30 }, (_, i) => `series-${i}`).join(',')}`,
  ])('answers %s with status 200 and the page', async (path) => {
    const response = await app.page.goto(url(path));
    expect(response?.status()).toBe(200);
    expect(await app.page.locator('h1').textContent()).toBe('Compare figures over time');
    expect(await app.page.locator('[data-testid="url-notice"]').count()).toBe(1);
  });

  it('draws bounds as open, capped markers, spreads month-only dates, numbers events, and carries the sources', async () => {
    await app.page.goto(url('/explore?s=troops-deployed,shells-delivered'));
    const troops = app.page.locator('figure[data-series="troops-deployed"]');
    await troops.locator('[data-testid="chart-points"][data-interactive="true"]').waitFor();
    expect(await troops.locator('[data-testid="chart-point"]:visible').count()).toBe(5);
    expect(await troops.locator('[data-testid="chart-svg"]:visible').getAttribute('aria-label')).toMatch(/^Chart of North Korean troops sent to Russia, in troops\. 5 figures drawn/);
    expect(await troops.locator('[data-testid="source-line"]').textContent()).toMatch(/^Sources: .*Dorothy Shea, US Government.*\. Published by .*UPI/);
    const legend = app.page.locator('[data-testid="explorer-legend"]');
    expect(await legend.textContent()).toContain('“more than”, “at least”: may be higher');
    expect(await legend.textContent()).toContain('spread across the month, year or period it covers');
    expect(await app.page.locator('[data-testid="event-list"] li').count()).toBeGreaterThan(0);

    // The digest's undated 6.5 million repeats HUR's claim reported by TSN: a repeat, not a second estimate.
    const shells = app.page.locator('figure[data-series="shells-delivered"]');
    expect(await shells.textContent()).toContain('1 later report repeats an earlier claim');
    expect(await shells.locator('[data-testid="not-drawn"]').count()).toBe(0);

    const ledger = app.page.locator('[data-testid="ledger"]');
    expect(await ledger.locator('[data-testid="ledger-period"]').count()).toBeGreaterThan(0);
    expect(await ledger.textContent()).toContain('Estimates differ');
  });

  it('draws each panel as SVG with its events, names and tooltips every point in the explorer’s words, and moves by arrow keys', async () => {
    await app.page.goto(url('/explore?s=troops-deployed,shells-delivered&mode=indexed'));
    const troops = app.page.locator('figure[data-series="troops-deployed"]');
    await troops.locator('[data-testid="chart-points"][data-interactive="true"]').waitFor();
    expect(await troops.locator('[data-testid="chart-events"]:visible path, [data-testid="chart-events"]:visible rect').count()).toBeGreaterThan(0);
    const points = troops.locator('[data-testid="chart-point"]:visible');
    const first = points.first();
    expect(await first.getAttribute('aria-label')).toMatch(/^Index 100 \(100 = .+\), .+, per .+, reported by .+/);
    await first.focus();
    const tooltip = troops.locator('[data-testid="chart-tooltip"]');
    expect(await tooltip.textContent()).toMatch(/^Index 100 \(100 = /);
    await app.page.keyboard.press('ArrowRight');
    expect(await points.nth(1).evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await tooltip.textContent()).toContain((await points.nth(1).getAttribute('aria-label'))!.split(', per ')[1].split(',')[0]);
    await app.page.keyboard.press('Escape');
    expect(await tooltip.count()).toBe(0);

    // Change mode joins each source's two compared figures with a dashed line.
    await app.page.goto(url('/explore?s=troops-deployed&mode=change'));
    await troops.locator('[data-testid="chart-points"][data-interactive="true"]').waitFor();
    expect(await troops.locator('[data-testid="change-segment"]:visible').count()).toBeGreaterThan(0);
  });

  it('colours every marker, in the charts, the legend and the table view’s swatches, by its claimant group in each colour scheme', async () => {
    // The palette's first colour (components/charts/chart-palette.ts), light and dark halves.
    const first = { light: 'rgb(0, 114, 178)', dark: 'rgb(86, 180, 233)' };
    const fillOf = (selector: string) =>
      app.page.locator(selector).first().evaluate((path) => getComputedStyle(path).fill);
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme });
      await app.page.goto(url('/explore?s=troops-deployed,shells-delivered'));
      expect(await fillOf('figure[data-series="troops-deployed"] [data-testid="chart-svg"]:visible .sf-f0')).toBe(first[scheme]);
      expect(await fillOf('[data-testid="explorer-legend"] .sf-f0')).toBe(first[scheme]);
      // Open markers are drawn in the background colour and stroked in their group's colour.
      const ring = app.page.locator('[data-testid="chart-svg"]:visible .sf-ring').first();
      expect(await ring.evaluate((path) => getComputedStyle(path).stroke)).toMatch(/^rgb\(/);
      expect(await ring.evaluate((path) => getComputedStyle(path).stroke)).not.toBe('rgb(0, 0, 0)');
      await app.page.goto(url('/explore?s=troops-deployed,shells-delivered&view=table'));
      expect(await fillOf('[data-testid="explorer-table"] .sf-f0')).toBe(first[scheme]);
    }
    await app.page.emulateMedia({ colorScheme: 'light' });
  });

  it('lists the figures it cannot place in time, with the reason', async () => {
    await app.page.goto(url('/explore?s=children-returned'));
    await drawn(app.page);
    const notDrawn = app.page.locator('figure[data-series="children-returned"] [data-testid="not-drawn"]');
    expect(await notDrawn.textContent()).toContain('Not drawn: no date given (1)');
    expect(await notDrawn.textContent()).toContain('1,859 children, per unnamed (as reported), reported by News digest (seed document)');
  });

  it('carries qualifiers through a change, and says when it is not exact', async () => {
    await app.page.goto(url('/explore?s=children-returned,troops-deployed&mode=change'));
    await drawn(app.page);
    const table = app.page.locator('[data-testid="change-table"]');
    const returned = table.locator('[data-series="children-returned"] tr', { hasText: 'Government of Ukraine' });
    // "less than 400" in Nov 2024 to 2,000 in Feb 2026.
    expect(await returned.textContent()).toContain('more than +1,600');
    expect(await returned.textContent()).toContain('Not a precise change: “less than 400” is an upper bound.');
    const seoul = table.locator('[data-series="troops-deployed"] tr', { hasText: "South Korea's National Intelligence Service" });
    expect(await seoul.textContent()).toContain('about +12,000');
  });

  it('draws its first view on the server: with scripts off, every panel, point and source line is there', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(url('/explore?s=troops-deployed,shells-delivered&mode=indexed'));
      const panels = page.locator('figure[data-testid="explorer-panel"]');
      expect(await panels.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-series')))).toEqual(['troops-deployed', 'shells-delivered']);
      for (const slug of ['troops-deployed', 'shells-delivered']) {
        const panel = page.locator(`figure[data-series="${slug}"]`);
        expect(await panel.locator('[data-testid="chart-svg"]:visible').getAttribute('aria-label')).toMatch(/^Chart of .+, as an index/);
        expect(await panel.locator('[data-testid="chart-point"]:visible').count()).toBeGreaterThan(0);
        expect(await panel.locator('[data-testid="source-line"]').textContent()).toMatch(/^Sources: .+\. Published by .+\.$/);
        // Before the chart, a link past it to the same figures as a table.
        const skip = panel.getByRole('link', { name: 'Skip to the table of figures' });
        expect(await skip.getAttribute('href')).toBe(`/explore?s=troops-deployed,shells-delivered&mode=indexed&view=table#table-${slug}-caption`);
      }
      await page.locator('figure[data-series="shells-delivered"]').getByRole('link', { name: 'Skip to the table of figures' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('#table-shells-delivered-caption').waitFor();
      expect(page.url()).toMatch(/view=table#table-shells-delivered-caption$/);
      expect(await page.getByTestId('results-summary').textContent()).toMatch(/^2 series, \d+ figures in view\./);
    } finally {
      await context.close();
    }
  });

  it('is usable from the keyboard', async () => {
    await app.page.goto(url('/explore?s=troops-deployed'));
    const tableLink = app.page.locator('[data-option="table"]');
    await tableLink.focus();
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(/view=table$/);
    const region = app.page.locator('[data-testid="explorer-table"] [role="region"]');
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.locator('caption').textContent()).toContain('North Korean troops sent to Russia');
    expect(await region.locator('thead th[scope="col"]').count()).toBeGreaterThan(3);

    // The range form reports a bad date without leaving the app.page.
    await app.page.getByLabel('From', { exact: true }).fill('Octember 2024');
    await app.page.getByLabel('From', { exact: true }).press('Enter');
    expect(await app.page.getByLabel('From', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await app.page.locator('#range-from-error').textContent()).toContain('“Octember” is not a month');
    expect(query(app.page)).toBe('?s=troops-deployed&view=table');
  });

  it('draws each figure at the same place on a series page as in the explorer’s panel of that series', async () => {
    // A running total drawn at its "as of" dates, and a rate drawn across its period.
    for (const slug of ['shells-delivered', 'worker-wage']) {
      await app.page.goto(url(`/series/${slug}`));
      const onPage = await placesIn(app.page, `figure[data-series="${slug}"]`);
      await app.page.goto(url(`/explore?s=${slug}`));
      await drawn(app.page);
      const inPanel = await placesIn(app.page, `figure[data-testid="explorer-panel"][data-series="${slug}"]`);
      expect(Object.keys(onPage).length).toBeGreaterThan(0);
      expect(Object.values(onPage).some((place) => place.length === 4)).toBe(true);
      expect(inPanel).toEqual(onPage);
    }
  });

  it('fits a 375 px phone screen without sideways scrolling, in chart and table view', async () => {
    const phone = await app.browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true });
    const phonePage = await phone.newPage();
    for (const path of ['/explore?s=troops-deployed,shells-delivered', '/explore?s=troops-deployed,shells-delivered&view=table&mode=indexed']) {
      await phonePage.goto(url(path));
      await drawn(phonePage);
      expect([path, await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)]).toEqual([path, 0]);
    }
    await phone.close();
  });
});
