// The one place that decides which Chromium the browser tests and the scripts (bench, audits) drive.
// In order: CHROMIUM_PATH; a Chromium or Chrome on PATH (Debian's /usr/bin/chromium is `chromium`);
// the usual macOS and Windows install folders; Playwright's own download cache. With none of those,
// `ensureBrowser` asks playwright-core to download its Chromium (which works where the network lets
// it) and otherwise fails with one line that says how to install one.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export interface FoundBrowser {
  path: string;
  /** Where it was found, for a log line. */
  source: string;
}

export class BrowserNotFound extends Error {}

/** Names a Chromium or Chrome goes by on PATH, most specific first. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

const HOW_TO_INSTALL =
  'install Chromium (Debian or Ubuntu: `apt-get install chromium`; macOS: `brew install --cask chromium`; ' +
  'elsewhere: `npx playwright-core install chromium` where the network allows it) or set CHROMIUM_PATH to a Chromium or Chrome';

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(env: NodeJS.ProcessEnv): FoundBrowser | null {
  const suffixes = process.platform === 'win32' ? ['.exe'] : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const command of COMMANDS) {
      for (const suffix of suffixes) {
        const file = path.join(dir, `${command}${suffix}`);
        if (isExecutableFile(file)) return { path: file, source: `${command} on PATH` };
      }
    }
  }
  return null;
}

function installFolders(env: NodeJS.ProcessEnv): string[] {
  if (process.platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  }
  if (process.platform === 'win32') {
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter((dir): dir is string => Boolean(dir))
      .map((dir) => path.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [];
}

/** Playwright's cache (PLAYWRIGHT_BROWSERS_PATH, else its folder under the home directory). */
function playwrightCache(): FoundBrowser | null {
  let file: string;
  try {
    file = chromium.executablePath();
  } catch {
    // Playwright knows no build of its Chromium for this platform.
    return null;
  }
  return isExecutableFile(file) ? { path: file, source: 'Playwright’s browser cache' } : null;
}

/** The first browser found, or null. A CHROMIUM_PATH that names no executable is an error, not a miss. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser | null {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (isExecutableFile(configured)) return { path: configured, source: 'CHROMIUM_PATH' };
    throw new BrowserNotFound(`CHROMIUM_PATH is "${configured}", which is not an executable file: ${HOW_TO_INSTALL}.`);
  }
  const installed = installFolders(env).find(isExecutableFile);
  return onPath(env) ?? (installed ? { path: installed, source: 'its install folder' } : null) ?? playwrightCache();
}

/** Asks playwright-core (the version the tests drive) to download its Chromium; true if it did. */
function downloadPlaywrightChromium(log: (message: string) => void): boolean {
  log('no Chromium found: trying `playwright-core install chromium`');
  const cli = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'cli.js');
  const result = spawnSync(process.execPath, [cli, 'install', 'chromium'], {
    // Its progress goes to stderr with the rest of this diagnosis, leaving stdout to the caller.
    stdio: ['ignore', 2, 2],
    timeout: 10 * 60_000,
  });
  return result.status === 0;
}

export interface EnsureBrowserOptions {
  log?: (message: string) => void;
}

/** A browser's path: found, or downloaded by Playwright; otherwise a BrowserNotFound saying how to get one. */
export function ensureBrowser({ log = (message) => console.error(`[sourced-figures] ${message}`) }: EnsureBrowserOptions = {}): FoundBrowser {
  const found = findBrowser();
  if (found) return found;
  if (downloadPlaywrightChromium(log)) {
    const downloaded = playwrightCache();
    if (downloaded) return downloaded;
  }
  throw new BrowserNotFound(
    `No Chromium found (CHROMIUM_PATH is unset, none of ${COMMANDS.join(', ')} is on PATH, none is in Playwright's cache) and none could be downloaded: ${HOW_TO_INSTALL}.`,
  );
}
