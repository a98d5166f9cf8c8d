// The Content Security Policy in a real browser: every page works under it (Next.js' scripts carry the
// answer's nonce, the charts draw, the explorer reads its figures), nothing it sends is refused, and
// script injected into the page does not run. Cached answers are served the same way.
import type { Page } from 'playwright-core';
import { setUpBrowserApp } from '../helpers/browser-app';

jest.setTimeout(60_000);

const app = setUpBrowserApp();
const { url } = app;

/** Records every CSP violation the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

it('runs every page’s scripts under the policy, twice (rendered, then from the cache), with nothing refused', async () => {
  const violations = await watchViolations(app.page);
  for (const round of [1, 2]) {
    await app.page.goto(url('/'));
    await app.page.locator('[data-testid="chart-points"][data-interactive="true"]').first().waitFor();
    await app.page.goto(url('/explore?s=troops-deployed,troop-casualties'));
    await app.page.locator('section[aria-labelledby="results-heading"]').waitFor();
    expect(await app.page.locator('figure[data-testid="explorer-panel"]').count()).toBe(2);
    await app.page.goto(url('/series/shells-delivered'));
    // Hydrated: the share toolbar's dialog opens.
    await app.page.getByRole('button', { name: 'Cite this' }).click();
    await app.page.getByRole('dialog').waitFor();
    await app.page.goto(url('/embed/series/troops-deployed'));
    await app.page.locator('[data-testid="chart-points"][data-interactive="true"]').first().waitFor();
    expect([round, violations]).toEqual([round, []]);
  }
});

it('does not run script that markup injected into a page carries', async () => {
  const violations = await watchViolations(app.page);
  await app.page.goto(url('/sources'));
  const ran = await app.page.evaluate(async () => {
    const state = window as unknown as { injected?: boolean };
    // What an injection into the page's markup could carry: an inline handler and a javascript: link.
    document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.injected = true"><a id="x" href="javascript:window.injected=true">x</a>');
    document.getElementById('x')?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return state.injected === true;
  });
  expect(ran).toBe(false);
  expect(violations.some((v) => /script-src/.test(v))).toBe(true);
});
