import type { ActionState } from '@/lib/admin/action-state';

/** A form's outcome, announced to screen readers as it appears. */
export function ActionMessage({ state, id }: { state: ActionState; id?: string }) {
  return (
    <p id={id} role="status" aria-live="polite" className="min-h-5 text-sm">
      {state.status === 'ok' ? <span className="text-emerald-800 dark:text-emerald-300">{state.message}</span> : null}
      {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : null}
    </p>
  );
}
