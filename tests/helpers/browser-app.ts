// The setting of every browser test: a database seeded with the first seed (FIRST_SEED), the built app serving it and Chromium, for
// the whole file; a fresh browser context and page for each test. `setUpBrowserApp()` registers the
// Jest hooks and returns their objects as they stand when a test runs.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppServer, type AppServer } from './app-server';
import { launchBrowser } from './browser';
import { createTestDatabase, FIRST_SEED, type TestDatabase } from './test-database';

export interface BrowserApp {
  readonly db: TestDatabase;
  readonly server: AppServer;
  readonly browser: Browser;
  /** This test's context and page. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** The app's address of a path. */
  url(path: string): string;
}

export interface BrowserAppOptions {
  /** Writes what the file's tests need beyond the seed, before the app starts. */
  prepare?: (db: TestDatabase) => Promise<void>;
  /** Sets up each test's context, e.g. with permissions, before its page opens. */
  setUpContext?: (context: BrowserContext, server: AppServer) => Promise<void>;
}

export function setUpBrowserApp({ prepare, setUpContext }: BrowserAppOptions = {}): BrowserApp {
  let db: TestDatabase;
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The first seed: the browser tests' expectations name its figures.
    db = await createTestDatabase({ seeded: FIRST_SEED });
    await prepare?.(db);
    server = await startAppServer({ databaseUrl: db.url });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await setUpContext?.(context, server);
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  return {
    get db() {
      return db;
    },
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    get context() {
      return context;
    },
    get page() {
      return page;
    },
    url: (path) => `${server.baseUrl}${path}`,
  };
}
