// The explorer's controls by keyboard in Chromium: after every action, focus is on a control that
// makes sense (never dropped to the page body), and Escape closes the series list it opened. A
// series chart's points by keyboard: the skip link, then Tab onto the first point, the arrow keys
// from point to point with the tooltip's words, Escape to close it.
import type { Page } from 'playwright-core';
import { setUpBrowserApp } from '../helpers/browser-app';

jest.setTimeout(90_000);

const app = setUpBrowserApp();
const { url } = app;

/** What has focus, as a reader would name it: its accessible label, or its text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'the page body';
    const labelled = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent;
    return `${element.tagName.toLowerCase()}: ${(labelled ?? element.textContent ?? '').trim()}`;
  });
}

async function drawn(page: Page): Promise<void> {
  await page.locator('section[aria-labelledby="results-heading"]').waitFor();
}

async function tabTo(page: Page, name: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === name) return;
  }
  throw new Error(`Tab never reached "${name}"; focus is on ${await focused(page)}`);
}

describe('the explorer by keyboard', () => {
  it('keeps focus on Apply once the new range is shown, and in the field when Enter submits from it', async () => {
    await app.page.goto(url('/explore?s=troops-deployed,troop-casualties'));
    await drawn(app.page);
    await tabTo(app.page, 'input: From');
    await app.page.keyboard.type('2024-10');
    await tabTo(app.page, 'button: Apply');
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(/from=2024-10$/);
    await drawn(app.page);
    expect(await focused(app.page)).toBe('button: Apply');

    await app.page.keyboard.down('Shift');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.up('Shift');
    expect(await focused(app.page)).toBe('input: To');
    await app.page.keyboard.type('Jun 2025');
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(/from=2024-10&to=2025-06$/);
    await drawn(app.page);
    expect(await focused(app.page)).toBe('input: To');
    // The field shows the range as the URL now spells it.
    expect(await app.page.getByLabel('To', { exact: true }).inputValue()).toBe('2025-06');
  });

  it('moves focus to the next chip, then the previous one, then the list button as series are removed', async () => {
    await app.page.goto(url('/explore?s=troops-deployed,troop-casualties,shells-delivered'));
    await drawn(app.page);
    await tabTo(app.page, 'button: Remove North Korean troops killed or wounded');
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(/\?s=troops-deployed,shells-delivered$/);
    await drawn(app.page);
    expect(await focused(app.page)).toMatch(/^button: Remove .*shells/i);

    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(/\?s=troops-deployed$/);
    await drawn(app.page);
    expect(await focused(app.page)).toBe('button: Remove North Korean troops sent to Russia');

    await app.page.keyboard.press('Enter');
    await app.page.waitForURL((address) => address.search === '');
    await app.page.locator('[data-testid="explorer-intro"]').waitFor();
    expect(await focused(app.page)).toMatch(/^button: (Add or remove series|Close the series list)$/);
  });

  it('closes the series list on Escape, from inside it or from its button, and gives focus back to the button', async () => {
    await app.page.goto(url('/explore?s=troops-deployed'));
    await drawn(app.page);
    const list = app.page.getByLabel('Search titles');
    await tabTo(app.page, 'button: Add or remove series');
    await app.page.keyboard.press('Enter');
    await list.waitFor();
    await app.page.keyboard.press('Tab');
    expect(await focused(app.page)).toBe('input: Search titles');
    await app.page.keyboard.type('troops');
    await app.page.keyboard.press('Escape');
    expect(await list.isVisible()).toBe(false);
    expect(await focused(app.page)).toBe('button: Add or remove series');

    // Opened again, it keeps what was typed; Escape on the button closes it too.
    await app.page.keyboard.press('Enter');
    expect(await list.inputValue()).toBe('troops');
    expect(await focused(app.page)).toBe('button: Close the series list');
    await app.page.keyboard.press('Escape');
    expect(await list.isVisible()).toBe(false);
    expect(await focused(app.page)).toBe('button: Add or remove series');
  });

  it('keeps focus on a ticked box while the chosen series arrive, and on the list button when the list is closed', async () => {
    await app.page.goto(url('/explore'));
    const box = app.page.locator('input[type="checkbox"][data-series="troops-deployed"]');
    await app.page.getByLabel('Search titles').fill('troops sent');
    await box.waitFor();
    await box.focus();
    await app.page.keyboard.press('Space');
    await app.page.waitForURL(/\?s=troops-deployed$/);
    await drawn(app.page);
    expect(await box.isChecked()).toBe(true);
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    await app.page.keyboard.press('Escape');
    expect(await focused(app.page)).toBe('button: Add or remove series');
  });
});

describe('a series chart by keyboard', () => {
  it('reaches the first point after the skip link, moves between points with the arrow keys, and shows each one’s tooltip', async () => {
    await app.page.goto(url('/series/shells-delivered'));
    const chart = app.page.locator('figure[data-series="shells-delivered"]');
    await chart.locator('[data-testid="chart-points"][data-interactive="true"]').waitFor();
    await tabTo(app.page, 'a: Skip to the table of figures');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#figures');
    await app.page.keyboard.press('Tab');
    const points = chart.locator('[data-testid="chart-point"]:visible');
    const labels = await points.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThan(3);
    expect(await focused(app.page)).toBe(`g: ${labels[0]}`);
    const tooltip = chart.locator('[data-testid="chart-tooltip"]');
    const tooltipText = async () => (await tooltip.textContent()) ?? '';
    // The tooltip says what the point's name says: value, period, claimant, publisher.
    const [value, period] = labels[0].split(', ');
    expect(await tooltipText()).toContain(value);
    expect(await tooltipText()).toContain(period);

    await app.page.keyboard.press('ArrowRight');
    expect(await focused(app.page)).toBe(`g: ${labels[1]}`);
    expect(await tooltipText()).toContain(labels[1].split(', ')[0]);
    await app.page.keyboard.press('End');
    expect(await focused(app.page)).toBe(`g: ${labels.at(-1)}`);
    await app.page.keyboard.press('ArrowRight');
    expect(await focused(app.page)).toBe(`g: ${labels.at(-1)}`);
    await app.page.keyboard.press('Home');
    expect(await focused(app.page)).toBe(`g: ${labels[0]}`);
    await app.page.keyboard.press('Escape');
    expect(await tooltip.count()).toBe(0);
    // One Tab stop for the whole chart: the next Tab leaves it.
    await app.page.keyboard.press('Tab');
    expect(await focused(app.page)).not.toMatch(/^g: /);
  });
});
