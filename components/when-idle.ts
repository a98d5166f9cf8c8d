/** Runs a task once the browser is idle (after a second where it cannot say): for fetching code a reader may soon need. */
export function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task);
  else window.setTimeout(task, 1000);
}
