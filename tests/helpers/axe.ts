// axe-core run in a page of a browser test; its findings as "rule: target" lines, so a failure names them.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export async function axeViolations(target: Page): Promise<string[]> {
  await target.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  return target.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
