// /sources holds still while it loads. Chromium itself reports every layout shift from navigation
// start (PerformanceObserver, buffered), with scrollbars shown as on a reader's screen: the page is
// first painted as its loading skeleton, shorter than the window, and grows past it when the lists
// arrive. That used to move the whole page sideways (the scrollbar appearing) and the footer from
// mid-screen to the bottom, a CLS of 0.865 in Lighthouse's desktop run.
import type { Browser, Page } from 'playwright-core';
import { startAppServer, type AppServer } from '../helpers/app-server';
import { launchBrowser } from '../helpers/browser';
import { createTestDatabase, FIRST_SEED, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  db = await createTestDatabase({ seeded: FIRST_SEED });
  server = await startAppServer({ databaseUrl: db.url });
  browser = await launchBrowser({ scrollbars: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

interface Shift {
  value: number;
  /** The elements that moved, for the failure message. */
  moved: string[];
}

async function shiftsOf(page: Page, path: string): Promise<Shift[]> {
  await page.addInitScript(() => {
    const seen: { value: number; moved: string[] }[] = [];
    (window as unknown as { shifts: typeof seen }).shifts = seen;
    new PerformanceObserver((list) => {
      type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
      for (const entry of list.getEntries() as Entry[]) {
        if (entry.hadRecentInput) continue;
        const moved = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : 'a node'));
        seen.push({ value: entry.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'load' });
  // Long enough for anything streamed, hydrated or loaded late to have moved the page.
  await page.waitForTimeout(1500);
  return page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
}

describe('/sources', () => {
  it.each([
    ['desktop', { width: 1350, height: 940 }],
    ['phone', { width: 412, height: 823 }],
  ])('does not shift its layout on load (%s)', async (_name, viewport) => {
    const context = await browser.newContext({ viewport });
    try {
      const shifts = await shiftsOf(await context.newPage(), '/sources');
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect({ total: total <= 0.02, shifts }).toEqual({ total: true, shifts: expect.any(Array) });
    } finally {
      await context.close();
    }
  });
});
