// axe-core on every page the app serves, read from app/ (tests/helpers/app-routes.ts) rather than
// typed here, in light and dark schemes at a desktop and a phone width, each page once its charts are
// drawn. A new page is covered the day it is added; a new dynamic page fails until SAMPLES says how to
// fill its segments from the seeded data. Every page also carries a meta description (Lighthouse's
// SEO audit reads it from the head).
import axe from 'axe-core';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { fillRoute, listNotFoundRoutes, listPageRoutes } from '../helpers/app-routes';
import { setUpBrowserApp } from '../helpers/browser-app';
import { correctOneFigure, retireOneFigure } from '../helpers/dataset-changes';
import { FIRST_SEED } from '../helpers/test-database';

jest.setTimeout(180_000);

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [1366, 390] as const;

interface Samples {
  seriesSlug: string;
  claimantId: string;
  publisherId: string;
  shortCode: string;
  /** The first revision, to which views are pinned so that their banners and /changes have something to say. */
  firstRevision: number;
  latestRevision: number;
  /** A figure with a corrected version, and one that was retired: their history pages say the most. */
  correctedFigureId: string;
  retiredFigureId: string;
}

const EXPLORE_STATE = 's=troops-deployed,shells-delivered';

/**
 * The addresses to check for each route: every dynamic route needs an entry (a new one fails below
 * until it has one); a static route is checked at its plain address plus any listed here.
 */
const SAMPLES: Record<string, (s: Samples) => string[]> = {
  '/': (s) => ['/', `/?rev=${s.firstRevision}`],
  '/changes': (s) => ['/changes', `/changes?${EXPLORE_STATE}&rev=${s.firstRevision}`],
  '/changes/[rev]': (s) => [`/changes/${s.firstRevision}`, `/changes/${s.latestRevision}`],
  '/figures/[id]': (s) => [`/figures/${s.correctedFigureId}`, `/figures/${s.retiredFigureId}`],
  '/explore': (s) => [
    '/explore',
    `/explore?${EXPLORE_STATE}`,
    `/explore?${EXPLORE_STATE}&view=table&rev=${s.firstRevision}`,
    `/explore?${EXPLORE_STATE}&mode=change&from=2024&to=2025-06&colour=red`,
  ],
  '/embed/explore': (s) => ['/embed/explore', `/embed/explore?${EXPLORE_STATE}&rev=${s.firstRevision}`],
  '/embed/series/[slug]': (s) => [`/embed/series/${s.seriesSlug}`],
  '/series/[slug]': (s) => [`/series/${s.seriesSlug}`, `/series/${s.seriesSlug}?rev=${s.firstRevision}`],
  '/sources': () => ['/sources', '/sources?q=skibitskyi&cpage=x'],
  '/topics/[topic]': (s) => ['/topics/troops', `/topics/munitions?rev=${s.firstRevision}&page=9`],
  // Pinned, and a page past the end: the count says which revision, and a notice says which page is shown.
  '/sources/claimants/[id]': (s) => [`/sources/claimants/${s.claimantId}`, `/sources/claimants/${s.claimantId}?rev=${s.firstRevision}&page=9`],
  '/sources/publishers/[id]': (s) => [`/sources/publishers/${s.publisherId}`, `/sources/publishers/${s.publisherId}?rev=${s.firstRevision}&page=9`],
  '/s/[code]': (s) => [`/s/${s.shortCode}`],
};

/** Pages that are open to anyone under /admin; the others answer a reader with a redirect to sign in. */
const PUBLIC_ADMIN_PAGES = ['/admin/sign-in'];

/** Routes this test does not open, with the reason. */
function skipReason(pattern: string): string | null {
  if ((pattern === '/admin' || pattern.startsWith('/admin/')) && !PUBLIC_ADMIN_PAGES.includes(pattern)) {
    return 'it needs a signed-in curator; the accounts tests sign in and run axe on the console';
  }
  return null;
}

const pageRoutes = listPageRoutes();
const notFoundRoutes = listNotFoundRoutes();

/** A URL that reaches the not-found page of `scope`: a dynamic page under it with a value that names nothing. */
function notFoundPath(scope: string): string {
  const dynamic = pageRoutes.find(
    (route) => route.params.length > 0 && (route.pattern === scope || route.pattern.startsWith(`${scope === '/' ? '' : scope}/`)),
  );
  if (scope === '/' || !dynamic) return `${scope === '/' ? '' : scope}/no-such-page`;
  return fillRoute(dynamic.pattern, () => 'no-such-page');
}

const app = setUpBrowserApp({
  prepare: async (db) => {
    await correctOneFigure(db.url, FIRST_SEED.figures);
    await retireOneFigure(db.url, FIRST_SEED.figures);
  },
});

let samples: Samples;

beforeAll(async () => {
  const client = new Client({ connectionString: app.db.url });
  await client.connect();
  try {
    const first = async (sql: string) => String((await client.query<{ value: string | number }>(sql)).rows[0].value);
    const response = await fetch(app.url('/api/v1/links'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/explore', query: EXPLORE_STATE }),
    });
    if (!response.ok) throw new Error(`POST /api/v1/links answered ${response.status}`);
    samples = {
      seriesSlug: await first("SELECT slug AS value FROM series WHERE slug = 'troops-deployed'"),
      claimantId: await first('SELECT min(claimant_id) AS value FROM figure_versions'),
      publisherId: await first('SELECT min(publisher_id) AS value FROM figure_versions'),
      shortCode: ((await response.json()) as { code: string }).code,
      firstRevision: Number(await first('SELECT min(id) AS value FROM dataset_revisions')),
      latestRevision: Number(await first('SELECT max(id) AS value FROM dataset_revisions')),
      correctedFigureId: await first("SELECT min(figure_id) AS value FROM figure_versions WHERE change = 'corrected'"),
      retiredFigureId: await first("SELECT min(figure_id) AS value FROM figure_versions WHERE change = 'retired'"),
    };
  } finally {
    await client.end();
  }
});

interface Finding {
  address: string;
  scheme: string;
  width: number;
  rule: string;
  impact: string | null | undefined;
  targets: string[];
}

/** Two frames: long enough for a change of width or scheme to be laid out and painted. */
function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Waits until the page is still: loaded, its figures read and drawn, its fonts in. Not "network idle":
 * Next.js prefetches every link in view, which says nothing about what the reader sees.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await nextFrames(page);
}

/**
 * Opens `address` once, then runs axe at each width and in each scheme: the server sends the same
 * page whatever the width and scheme (nothing here reads them in script), so resizing and emulating
 * the scheme in place checks what a fresh load would, in a quarter of the time.
 */
async function findingsOn(browser: Browser, address: string, expectedStatus: number): Promise<{ findings: Finding[]; problems: string[] }> {
  const findings: Finding[] = [];
  const problems: string[] = [];
  // bypassCSP: axe is injected as a script the page's own policy would rightly refuse.
  const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    const response = await page.goto(app.url(address));
    if (response?.status() !== expectedStatus) problems.push(`${address} answered ${response?.status()}, not ${expectedStatus}`);
    await settle(page);
    const description = await page.evaluate(() => document.head.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
    if (description.trim() === '') problems.push(`${address} has no meta description in its head`);
    await page.evaluate(axe.source);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        await settle(page);
        const seen = await page.evaluate(() => ({ dark: matchMedia('(prefers-color-scheme: dark)').matches, width: innerWidth }));
        if (seen.dark !== (scheme === 'dark') || seen.width !== width) problems.push(`${address} was not shown ${scheme} at ${width}`);
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        for (const violation of result.violations) {
          findings.push({
            address,
            scheme,
            width,
            rule: violation.id,
            impact: violation.impact,
            targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
          });
        }
      }
    }
  } finally {
    await context.close();
  }
  return { findings, problems: [...new Set(problems)] };
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

describe('every page', () => {
  it('is read from app/', () => {
    expect(pageRoutes.map((route) => route.pattern)).toEqual(expect.arrayContaining(['/', '/explore', '/series/[slug]']));
    const unfilled = pageRoutes.filter((route) => route.params.length > 0 && !SAMPLES[route.pattern] && !skipReason(route.pattern));
    expect(unfilled.map((route) => `${route.pattern} has dynamic segments but no entry in SAMPLES`)).toEqual([]);
  });

  describe.each(pageRoutes.map((route) => [route.pattern]))('%s', (pattern) => {
    const reason = skipReason(pattern);
    (reason ? it.skip : it)(reason ? `is skipped: ${reason}` : 'has no axe findings in either scheme at either width, and a description', async () => {
      const addresses = SAMPLES[pattern]?.(samples) ?? [pattern];
      const all = [];
      for (const address of addresses) all.push(await findingsOn(app.browser, address, 200));
      expect(all.flatMap((r) => r.problems)).toEqual([]);
      expect(all.flatMap((r) => r.findings)).toEqual([]);
    });
  });

  describe.each(notFoundRoutes.map((route) => [notFoundPath(route.scope)]))('not found: %s', (address) => {
    it('has no axe findings in either scheme at either width, and a description', async () => {
      const { findings, problems } = await findingsOn(app.browser, address, 404);
      expect(problems).toEqual([]);
      expect(findings).toEqual([]);
    });
  });
});
