// Which browser the tests and scripts drive, decided in a child process whose PATH, home and
// Playwright folders are made up here, so that the machine's own Chromium is hidden: the order of the
// lookup, a CHROMIUM_PATH that names nothing, and a machine with no browser at all, where the run
// stops at once with one line, before any test, and a run without browser tests does not look.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const SETUP = path.join(ROOT, 'tests', 'setup', 'browser-setup.cjs');
const JEST = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');

/** A port nothing listens on: Playwright's download from it fails at once, as it does offline. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let home: string;
let emptyPath: string;
let downloadHost: string;

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'sf-browser-'));
  emptyPath = path.join(home, 'bin-empty');
  mkdirSync(emptyPath);
  downloadHost = `http://127.0.0.1:${await closedPort()}`;
});

afterAll(() => rmSync(home, { recursive: true, force: true }));

/** An environment in which no browser exists unless a test puts one there. */
function hiddenEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    PATH: emptyPath,
    HOME: home,
    PLAYWRIGHT_BROWSERS_PATH: path.join(home, 'playwright'),
    PLAYWRIGHT_DOWNLOAD_HOST: downloadHost,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

function fakeBrowser(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

/** Runs the browser tests' global setup as Jest would, and prints the browser it settled on. */
function runSetup(env: NodeJS.ProcessEnv) {
  const result = spawnSync(
    process.execPath,
    ['-e', `require(${JSON.stringify(SETUP)})().then(() => console.log(process.env.CHROMIUM_PATH))`],
    { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('finding a browser', () => {
  it('takes a chromium on PATH', () => {
    const dir = path.join(home, 'bin-chromium');
    const browser = fakeBrowser(path.join(dir, 'chromium'));
    fakeBrowser(path.join(dir, 'google-chrome'));
    expect(runSetup(hiddenEnv({ PATH: `${emptyPath}${path.delimiter}${dir}` }))).toEqual({ status: 0, stdout: browser, stderr: '' });
  });

  it('takes chromium-browser or Chrome when that is what PATH has', () => {
    const dir = path.join(home, 'bin-chrome');
    const browser = fakeBrowser(path.join(dir, 'google-chrome-stable'));
    expect(runSetup(hiddenEnv({ PATH: dir })).stdout).toBe(browser);
  });

  it('prefers CHROMIUM_PATH over PATH', () => {
    const chosen = fakeBrowser(path.join(home, 'chosen', 'my-chromium'));
    const dir = path.join(home, 'bin-other');
    fakeBrowser(path.join(dir, 'chromium'));
    expect(runSetup(hiddenEnv({ PATH: dir, CHROMIUM_PATH: chosen })).stdout).toBe(chosen);
  });

  it('refuses a CHROMIUM_PATH that names no executable, in one line, rather than looking elsewhere', () => {
    const dir = path.join(home, 'bin-ignored');
    fakeBrowser(path.join(dir, 'chromium'));
    const missing = path.join(home, 'no-such-chromium');
    const result = runSetup(hiddenEnv({ PATH: dir, CHROMIUM_PATH: missing }));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr.startsWith(`CHROMIUM_PATH is "${missing}", which is not an executable file: install Chromium (Debian or Ubuntu: \`apt-get install chromium\``)).toBe(true);
  });

  it('finds the Chromium Playwright downloaded into its cache', () => {
    const cache = path.join(home, 'playwright-cache');
    const env = hiddenEnv({ PLAYWRIGHT_BROWSERS_PATH: cache });
    const expected = spawnSync(process.execPath, ['-e', "console.log(require('playwright-core').chromium.executablePath())"], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    }).stdout.trim();
    expect(expected.startsWith(cache)).toBe(true);
    fakeBrowser(expected);
    expect(runSetup(env)).toEqual({ status: 0, stdout: expected, stderr: '' });
  });

  it('with no browser anywhere, tries Playwright’s download and then stops with one line that says how to install one', () => {
    const started = Date.now();
    const result = runSetup(hiddenEnv());
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('[sourced-figures] no Chromium found: trying `playwright-core install chromium`');
    const last = lines[lines.length - 1];
    expect(last).toMatch(/^No Chromium found \(CHROMIUM_PATH is unset, .*\) and none could be downloaded: install Chromium \(Debian or Ubuntu: `apt-get install chromium`/);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('jest without a browser', () => {
  function jest(args: string[]) {
    // TEST_DATABASE_URL: the run's own global setup then starts no database; nothing here reaches one.
    const env = hiddenEnv({ TEST_DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    const result = spawnSync(process.execPath, [JEST, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it('stops a run that includes browser tests before any test, with the one line', () => {
    const result = jest(['tests/e2e/keyboard.test.ts']);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/\nNo Chromium found \(.*\) and none could be downloaded: install Chromium/);
    expect(result.output).not.toMatch(/Tests:/);
  });

  it('runs unit tests as before', () => {
    const result = jest(['--selectProjects', 'unit', 'lib/figures/period.test.ts']);
    expect(result.output).toMatch(/Tests:\s+\d+ passed/);
    expect(result.status).toBe(0);
  });
});
