// Public pages can be kept in Chromium's back/forward cache: going back to one shows it at once, as
// it was left, instead of loading it again. A page that holds something the cache refuses is loaded
// again; Chromium says why through the DevTools protocol, and the test prints those reasons when it
// fails. A page sent with no-store is refused by Lighthouse and most browsers, so none is.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { createTestDatabase, FIRST_SEED, type TestDatabase } from '../helpers/test-database';

jest.setTimeout(120_000);

let db: TestDatabase;
let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: FIRST_SEED });
  server = await startAppServer({ databaseUrl: db.url });
  browser = await launchBrowser({ backForwardCache: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

/**
 * Leaves `path` for another page and comes back; answers whether the page came back from the cache
 * (Chromium reports the navigation as a restore from it), and why not.
 */
async function backFromElsewhere(page: Page, path: string): Promise<{ restored: boolean; reasons: string[]; cacheControl?: string }> {
  // Once the page has nothing in flight (the explorer fetches its figures after load): a request still
  // open when the reader leaves keeps a page out of the cache, as it should.
  const response = await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'networkidle' });
  const cacheControl = response?.headers()['cache-control'];
  await page.goto(`${server.baseUrl}/explore/about`, { waitUntil: 'load' });
  const session = await page.context().newCDPSession(page);
  await session.send('Page.enable');
  const reasons: string[] = [];
  session.on('Page.backForwardCacheNotUsed', (event) => {
    for (const explanation of event.notRestoredExplanations) reasons.push(`${explanation.type}: ${explanation.reason}`);
  });
  const navigated = new Promise<string>((resolve) => {
    session.on('Page.frameNavigated', (event) => {
      if (!event.frame.parentId) resolve(event.type);
    });
  });
  await session.send('Page.navigateToHistoryEntry', { entryId: await previousEntry(session) });
  const type = await navigated;
  return { restored: type === 'BackForwardCacheRestore', reasons, cacheControl };
}

async function previousEntry(session: CDPSession): Promise<number> {
  const history = await session.send('Page.getNavigationHistory');
  return history.entries[history.currentIndex - 1].id;
}

it.each(['/', '/series/shells-delivered', '/explore?s=troops-deployed,troop-casualties', '/sources', '/changes'])(
  '%s comes back from the back/forward cache',
  async (path) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const { cacheControl, ...result } = await backFromElsewhere(page, path);
      expect(result).toEqual({ restored: true, reasons: [] });
      // Chromium now keeps some no-store pages too; Lighthouse and other browsers do not.
      expect(cacheControl).not.toMatch(/no-store|private/);
    } finally {
      await context.close();
    }
  },
);
