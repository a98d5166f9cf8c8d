// axe-core run in a page of a browser test; its findings as "rule: target" lines, so a failure names them.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

async function loadAxe(target: Page): Promise<void> {
  await target.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
}

function runAxe(target: Page): Promise<string[]> {
  return target.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

export async function axeViolations(target: Page): Promise<string[]> {
  await loadAxe(target);
  return runAxe(target);
}

/** The same, in light and dark at a desktop and a phone width; the page is left light at 1280. */
export async function axeViolationsInEachTheme(target: Page): Promise<string[]> {
  await loadAxe(target);
  const found: string[] = [];
  for (const width of [1280, 390]) {
    await target.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await target.emulateMedia({ colorScheme });
      for (const violation of await runAxe(target)) found.push(`${violation} in ${colorScheme} at ${width}`);
    }
  }
  await target.setViewportSize({ width: 1280, height: 900 });
  await target.emulateMedia({ colorScheme: 'light' });
  return found;
}
