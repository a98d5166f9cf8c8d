// Sharing in a real browser against the built app: a copied link opens the same view elsewhere; a
// pinned link keeps showing the figures it was made with after an import corrects one, and says
// what changed; link previews are 1200×630 PNGs for every shareable page, odd input included; only
// embeds may be framed by other sites; embeds carry their chart, sources and a link back.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { importFiles } from '@/lib/importer/import-files';
import { HOME_TITLE } from '@/lib/previews/titles';
import { setUpBrowserApp } from '../helpers/browser-app';
import { seedFigureLines, writeTempFile } from '../helpers/csv-files';
import { FIRST_SEED } from '../helpers/test-database';

const LONG_TITLE = `North Korean artillery shells and rockets said to have reached Russia, counted by every body that ever gave a number, ${'with a title far longer than any card can hold, '.repeat(4)}`.slice(0, 300);
const MARKUP_TITLE = 'Shells "delivered" <b>bold</b> & <script>window.__xss=1</script>';
const MARKUP_QUOTE = 'We counted <script>window.__xss=2</script><img src=x onerror="window.__xss=3"> “6 million” & more';

jest.setTimeout(120_000);

const app = setUpBrowserApp({
  // Two series for the previews' odd input: a 300-character title, and markup in a title and a quote.
  prepare: async (db) => {
    const seriesHeader = readFileSync('data/series.csv', 'utf8').split('\n')[0];
    const csv = (value: string) => `"${value.replace(/"/g, '""')}"`;
    const [figuresHeader] = seedFigureLines(FIRST_SEED.figures);
    await importFiles({
      databaseUrl: db.url,
      seriesFile: writeTempFile(
        `${seriesHeader}\nlong-title,${csv(LONG_TITLE)},shells,munitions,cumulative,A series with a very long title.\n` +
          `markup-title,${csv(MARKUP_TITLE)},shells,munitions,cumulative,${csv('A description with <i>markup</i>.')}\n`,
        'series.csv',
      ),
      figuresFile: writeTempFile(
        `${figuresHeader}\n` +
          `long-title,2500000,more_than,,,2023-08,2025-06,Test claimant,Test body,,Test publisher,2025-06-10,https://example.org/long,,\n` +
          `markup-title,6000000,approx,,,2023-08,2025-07,${csv('Claimant <em>with</em> "markup"')},Test body,,${csv('Publisher & <Co>')},2025-07-10,https://example.org/markup,${csv(MARKUP_QUOTE)},\n`,
      ),
      author: 'e2e',
      reason: 'odd input for the previews',
    });
  },
  setUpContext: (context, server) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl }),
});
const { url } = app;

/**
 * Waits until the chart has hydrated, which is also when the toolbar's buttons work: a series chart's
 * points, or an explorer panel's.
 */
async function openView(target: Page, path: string): Promise<void> {
  const response = await target.goto(path.startsWith('http') ? path : url(path));
  expect(response?.status()).toBe(200);
  await target.locator('[data-testid="chart-points"][data-interactive="true"]').first().waitFor();
}

async function tableValues(target: Page): Promise<string[]> {
  return target.locator('table[data-testid="figures-table"] tbody th').allTextContents();
}

/** What a page says about itself, for comparing two openings of the same view. */
async function viewSnapshot(target: Page) {
  return {
    title: await target.locator('h1').first().textContent(),
    values: await tableValues(target),
    sources: await target.locator('[data-testid="source-line"]').allTextContents(),
  };
}

describe('copy link', () => {
  it('copies the view’s link, which opens the same view in a fresh browser', async () => {
    await openView(app.page, '/series/shells-delivered');
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(url('/series/shells-delivered'));

    const fresh = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const other = await fresh.newPage();
      await openView(other, copied);
      expect(await viewSnapshot(other)).toEqual(await viewSnapshot(app.page));
      expect(await other.locator('[data-testid="pinned-banner"]').count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

describe('pinned links', () => {
  it('keep showing the figures they were made with after a correction, with a banner saying what changed', async () => {
    await openView(app.page, '/series/troops-deployed');
    expect(await tableValues(app.page)).toContain('about 15,000');
    await app.page.getByRole('button', { name: 'Share pinned link' }).click();
    const shortLink = await app.page.getByTestId('short-link').inputValue();
    const fullLink = await app.page.getByTestId('pinned-link').inputValue();
    expect(shortLink).toMatch(new RegExp(`^${url('/s/')}[A-Za-z0-9]{10}$`));
    const rev = Number(new URL(fullLink).searchParams.get('rev'));
    expect(rev).toBeGreaterThanOrEqual(1);
    expect(fullLink).toBe(url(`/series/troops-deployed?rev=${rev}&v=1`));
    await app.page.keyboard.press('Escape');
    expect(await app.page.getByTestId('pinned-link-dialog').isVisible()).toBe(false);

    // The NIS total of April 2025 is corrected from about 15,000 to about 16,500.
    const [header, ...rows] = seedFigureLines(FIRST_SEED.figures);
    const row = rows.find((line) => line.startsWith('troops-deployed,15000,approx,'));
    if (!row) throw new Error('the seed data no longer has the row this test corrects');
    const report = await importFiles({
      databaseUrl: app.db.url,
      figuresFile: writeTempFile(`${header}\n${row.replace('troops-deployed,15000,', 'troops-deployed,16500,')}\n`),
      author: 'e2e',
      reason: 'a corrected total',
    });
    expect(report.figuresCorrected).toBe(1);

    const fresh = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const pinned = await fresh.newPage();
      await openView(pinned, shortLink);
      expect(pinned.url()).toBe(url(`/series/troops-deployed?rev=${rev}&v=1`));
      const values = await tableValues(pinned);
      expect(values).toContain('about 15,000');
      expect(values).not.toContain('about 16,500');
      const banner = pinned.locator('[data-testid="pinned-banner"]');
      expect((await banner.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
        /^Showing data as of \d{1,2} [A-Z][a-z]{2} \d{4}\. 1 figure in this view changed since: see what changed \/ view the latest/,
      );

      await banner.getByRole('link', { name: 'see what changed' }).click();
      await pinned.waitForURL(/\/changes\?/);
      expect(await pinned.getByTestId('changes-summary').textContent()).toBe('1 figure changed since.');
      const change = pinned.locator('[data-testid="figure-change"]');
      expect(await change.count()).toBe(1);
      expect(await change.locator('[data-testid="change-before"]').textContent()).toMatch(/^about 15,000 troops /);
      expect(await change.locator('[data-testid="change-after"]').textContent()).toMatch(/^about 16,500 troops /);

      await pinned.goBack();
      await banner.getByRole('link', { name: 'view the latest' }).click();
      await pinned.waitForURL(url('/series/troops-deployed'));
      await pinned.locator('[data-testid="chart-points"][data-interactive="true"]').first().waitFor();
      expect(await tableValues(pinned)).toContain('about 16,500');
      expect(await pinned.locator('[data-testid="pinned-banner"]').count()).toBe(0);

      // The pinned embed keeps the old figures too, and says so.
      await pinned.goto(url(`/embed/series/troops-deployed?rev=${rev}`));
      expect(await pinned.locator('[data-testid="pinned-banner"]').textContent()).toContain('1 figure in this view changed since');
    } finally {
      await fresh.close();
    }

    // The unpinned link shows the corrected figure.
    await openView(app.page, '/series/troops-deployed');
    expect(await tableValues(app.page)).toContain('about 16,500');
    expect(await tableValues(app.page)).not.toContain('about 15,000');
  });

  it('ignore a revision that does not exist, saying so, and show the latest figures', async () => {
    await openView(app.page, '/series/troops-deployed?rev=999999');
    expect(await app.page.locator('[data-testid="url-notice"]').textContent()).toContain('there is no dataset revision 999999');
    expect(await app.page.locator('[data-testid="pinned-banner"]').count()).toBe(0);
  });
});

/** The content of a <meta> tag in server-rendered HTML, entities decoded. */
function meta(html: string, key: string): string | null {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match ? match[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>') : null;
}

/** A link-preview bot's view of a page: Next waits for the metadata and puts it in <head> for these. */
async function fetchAsBot(path: string): Promise<{ finalUrl: string; html: string }> {
  const response = await fetch(url(path), { headers: { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' } });
  expect(response.status).toBe(200);
  return { finalUrl: response.url, html: await response.text() };
}

async function expectPreviewPng(imageUrl: string): Promise<void> {
  const response = await fetch(imageUrl);
  expect([imageUrl, response.status]).toEqual([imageUrl, 200]);
  expect(response.headers.get('content-type')).toBe('image/png');
  const png = Buffer.from(await response.arrayBuffer());
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
}

describe('link previews', () => {
  it.each([
    ['/', '/og/home', HOME_TITLE],
    ['/series/shells-delivered', '/og/series/shells-delivered', 'Artillery shells sent to Russia (running total)'],
    ['/series/long-title', '/og/series/long-title', LONG_TITLE.trim()],
    ['/series/markup-title', '/og/series/markup-title', MARKUP_TITLE],
  ])('%s has Open Graph and Twitter tags whose image is a 1200×630 PNG of that view', async (path, imagePath, title) => {
    const { html } = await fetchAsBot(path);
    const image = meta(html, 'og:image');
    expect(image).toMatch(new RegExp(`^${url(imagePath)}\\?at=\\d+$`));
    expect(meta(html, 'twitter:image')).toBe(image);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:url')).toBe(url(path));
    expect(meta(html, 'og:title')).toBe(title);
    await expectPreviewPng(image!);
  });

  it('keeps text from the data as text, in the tags and on the page', async () => {
    const { html } = await fetchAsBot('/series/markup-title');
    expect(meta(html, 'og:title')).toBe(MARKUP_TITLE);
    expect(html).not.toContain('<script>window.__xss');
    await openView(app.page, '/series/markup-title');
    expect(await app.page.locator('h1').textContent()).toBe(MARKUP_TITLE);
    expect(await app.page.locator('blockquote').textContent()).toContain('<script>window.__xss=2</script>');
    expect(await app.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('pins the preview of a pinned link, and a short link unfurls into the view it stands for', async () => {
    const { html } = await fetchAsBot('/series/shells-delivered?rev=1');
    expect(meta(html, 'og:image')).toBe(url('/og/series/shells-delivered?rev=1'));
    expect(meta(html, 'og:url')).toBe(url('/series/shells-delivered?rev=1'));
    expect(meta(html, 'og:title')).toMatch(/\(data as of \d{1,2} [A-Z][a-z]{2} \d{4}\)$/);

    const created = await fetch(url('/api/v1/links'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/series/shells-delivered', query: 'rev=1' }),
    });
    const { url: shortPath } = (await created.json()) as { url: string };
    const followed = await fetchAsBot(shortPath);
    expect(followed.finalUrl).toBe(url('/series/shells-delivered?rev=1&v=1'));
    const image = meta(followed.html, 'og:image');
    expect(image).toBe(url('/og/series/shells-delivered?rev=1'));
    await expectPreviewPng(image!);
  });

  it.each([
    '/og/explore?s=troops-deployed,troop-casualties&from=2024-10',
    '/og/explore?s=shells-delivered&rev=1',
    '/og/explore?s=long-title,markup-title,shells-delivered,troops-deployed,troop-casualties',
    '/og/explore',
    '/og/explore?s=no-such-series&from=nonsense&rev=0',
    '/og/series/long-title?rev=999999',
    '/og/home?at=1',
  ])('draws %s as a 1200×630 PNG', async (path) => {
    await expectPreviewPng(url(path));
  });

  it('answers an unknown series with a 404', async () => {
    expect((await fetch(url('/og/series/no-such-series'))).status).toBe(404);
  });
});

describe('framing', () => {
  it('lets other sites frame embeds only', async () => {
    const frameAncestors = (response: Response) => /(?:^|; )frame-ancestors ([^;]+)/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    for (const path of ['/', '/series/shells-delivered', '/explore', '/sources', '/og/home', '/changes', '/embedded']) {
      const response = await fetch(url(path));
      expect([path, response.headers.get('x-frame-options'), frameAncestors(response)]).toEqual([path, 'DENY', "'none'"]);
    }
    for (const path of ['/embed/series/shells-delivered', '/embed/explore?s=troops-deployed']) {
      const response = await fetch(url(path));
      expect([path, response.headers.get('x-frame-options'), frameAncestors(response)]).toEqual([path, null, '*']);
    }
  });

  it('shows an embed framed by a page on another origin, resized to its content, and refuses to be framed elsewhere', async () => {
    const snippetResponse = await openEmbedDialog();
    const article = await serveArticle(snippetResponse);
    try {
      const origin = `http://127.0.0.1:${(article.address() as AddressInfo).port}`;
      await app.page.goto(`${origin}/`);
      const embed = app.page.frameLocator('iframe[title$="(Sourced Figures)"]');
      await embed.locator('[data-testid="source-line"]').waitFor();
      expect(await embed.locator('[data-testid="chart-point"]:visible').count()).toBeGreaterThan(0);
      await app.page.waitForFunction(() => {
        const frame = document.querySelector<HTMLIFrameElement>('iframe[title$="(Sourced Figures)"]');
        return frame !== null && frame.style.height !== '' && frame.style.height !== '640px';
      });

      // Chromium replaces a frame it may not show with its own error app.page.
      const refused = await until(() => app.page.frames().find((frame) => frame.name() === 'page' && frame.url().startsWith('chrome-error:')));
      expect(refused.url()).not.toContain('/series/');
      expect(await app.page.frameLocator('iframe[name="page"]').locator('[data-testid="series-chart"]').count()).toBe(0);
    } finally {
      await new Promise((resolve) => article.close(resolve));
    }
  });
});

async function until<T>(find: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The snippet the Embed dialog gives for the shells series. */
async function openEmbedDialog(): Promise<string> {
  await openView(app.page, '/series/shells-delivered');
  await app.page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await app.page.getByTestId('embed-snippet').inputValue();
  expect(snippet).toContain(`<iframe src="${url('/embed/series/shells-delivered?rev=')}`);
  expect(snippet).toContain('<script>');
  await app.page.keyboard.press('Escape');
  return snippet;
}

/** A page on another origin (another port) with the embed snippet, and a plain page framed beside it. */
function serveArticle(snippet: string): Promise<Server> {
  const html = `<!doctype html><html><head><title>An article</title></head><body><h1>An article</h1>${snippet}
<iframe name="page" src="${url('/series/shells-delivered')}" width="600" height="200"></iframe></body></html>`;
  const article = createServer((_, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(html);
  });
  return new Promise((resolve) => article.listen(0, '127.0.0.1', () => resolve(article)));
}

describe('embeds', () => {
  it('render a series with its chart, source line and a link back, without the site’s header', async () => {
    await openView(app.page, '/embed/series/shells-delivered');
    expect(await app.page.locator('header nav').count()).toBe(0);
    expect(await app.page.locator('figure[data-series="shells-delivered"] [data-testid="source-line"]').textContent()).toMatch(
      /^Sources: .+\. Published by .+\.$/,
    );
    const back = app.page.getByTestId('embed-link-back');
    expect(await back.textContent()).toContain('View on Sourced Figures');
    expect(await back.getAttribute('href')).toBe('/series/shells-delivered');
    expect(await back.getAttribute('target')).toBe('_blank');
  });

  it('render an explorer view with the same state as /explore', async () => {
    const state = 's=troops-deployed,troop-casualties&from=2024-10';
    await openView(app.page, `/embed/explore?${state}`);
    expect(await app.page.locator('header nav').count()).toBe(0);
    const panels = app.page.locator('figure[data-testid="explorer-panel"]');
    expect(await panels.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-series')))).toEqual(['troops-deployed', 'troop-casualties']);
    expect(await panels.locator('[data-testid="source-line"]').count()).toBe(2);
    expect(await app.page.getByTestId('embed-link-back').getAttribute('href')).toBe(`/explore?${state}`);
  });

  it('answers an unknown series with a 404', async () => {
    const response = await app.page.goto(url('/embed/series/no-such-series'));
    expect(response?.status()).toBe(404);
    expect(await app.page.locator('header nav').count()).toBe(0);
  });
});

describe('downloads and citation', () => {
  it('draws the chart into SVG and PNG files with the title, sources and pinned permalink, and links the CSV', async () => {
    await openView(app.page, '/series/shells-delivered');
    await app.page.getByRole('button', { name: 'Download' }).click();
    const csv = await app.page.getByRole('link', { name: /Data \(CSV\)/ }).getAttribute('href');
    expect(csv).toMatch(/^\/api\/v1\/series\/shells-delivered\/figures\.csv\?rev=\d+$/);
    const csvResponse = await fetch(url(csv!));
    expect(csvResponse.status).toBe(200);

    const [svgDownload] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: /Chart image \(SVG\)/ }).click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/^shells-delivered-rev\d+\.svg$/);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>Artillery shells sent to Russia (running total)</title>');
    expect(svg).toContain('Sources: Vadym Skibitskyi');
    expect(svg).toMatch(new RegExp(`${url('/series/shells-delivered')}\\?rev=\\d+&amp;v=1`));
    expect(svg).not.toContain('light-dark(');
    // The chart itself, the size the reader sees, with its unit above it.
    expect(svg.match(/data-testid="chart-svg"/g)).toHaveLength(1);
    expect(svg).toContain('data-testid="chart-point"');
    expect(svg).toContain('>shells</text>');

    await app.page.getByRole('button', { name: 'Download' }).click();
    const [pngDownload] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: /Chart image \(PNG\)/ }).click()]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    await app.page.getByRole('status').filter({ hasText: 'Chart image (PNG) downloaded' }).waitFor();
  });

  it('offers a citation with the sources, the revision and a pinned permalink, in a dialog that Escape closes', async () => {
    await openView(app.page, '/series/shells-delivered');
    const cite = app.page.getByRole('button', { name: 'Cite this' });
    await cite.click();
    const dialog = app.page.getByRole('dialog', { name: 'Cite this' });
    await dialog.waitFor();
    const citation = await app.page.getByTestId('citation').inputValue();
    expect(citation).toMatch(
      /^Sourced Figures \(\d{4}\)\. “Artillery shells sent to Russia \(running total\)”\. Dataset revision \d+ of .+\. Sources: .+ http:\/\/127\.0\.0\.1:\d+\/series\/shells-delivered\?rev=\d+&v=1 \(accessed .+\)\.$/,
    );
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Copy');
    await app.page.keyboard.press('Enter');
    await dialog.getByRole('status').filter({ hasText: 'Citation copied' }).waitFor();
    expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await app.page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await cite.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
