// The browser for tests and scripts (tests/helpers/find-browser.ts picks which), started the way this
// offline machine needs: no sandbox as root, and none of the background connections that a closed
// network refuses.
import { chromium, type Browser } from 'playwright-core';
import { ensureBrowser } from './find-browser';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Keeps the back/forward cache on: Playwright switches it off by default. */
  backForwardCache?: boolean;
  /** Shows scrollbars, which take width as on a reader's screen: Playwright hides them by default. */
  scrollbars?: boolean;
}

export function launchBrowser({ backForwardCache = false, scrollbars = false }: LaunchOptions = {}): Promise<Browser> {
  const ignored = [...(backForwardCache ? ['--disable-back-forward-cache'] : []), ...(scrollbars ? ['--hide-scrollbars'] : [])];
  return chromium.launch({
    executablePath: ensureBrowser().path,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ignored.length > 0 ? ignored : undefined,
  });
}
