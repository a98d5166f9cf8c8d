'use client';

import { useActionState } from 'react';
import { FIGURE_FORM_IDLE } from '@/lib/admin/figure-form';
import type { FigureFormAction } from './figure-form';
import { inputClass, labelClass, secondaryButtonClass } from './styles';

/** Retires a figure with a reason; it stays in the history and can be brought back by an edit. */
export function RetireFigureForm({ action, figureId, baseVersion }: { action: FigureFormAction; figureId: number; baseVersion: number }) {
  const [state, formAction, pending] = useActionState(action, FIGURE_FORM_IDLE);
  const error = state.status === 'error' ? (state.fieldErrors.reason ?? state.message) : state.status === 'conflict' ? state.message : null;
  return (
    <form action={formAction} className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <h2 className="text-lg font-semibold">Retire this figure</h2>
      <input type="hidden" name="figureId" value={figureId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <label htmlFor="retire-reason" className={labelClass}>
        Reason for retiring (required)
      </label>
      <textarea id="retire-reason" name="reason" rows={2} required aria-invalid={error ? true : undefined} aria-describedby="retire-result" className={inputClass} />
      <p id="retire-result" role="status" aria-live="polite" className="min-h-5 text-sm">
        {state.status === 'ok' ? <span className="text-emerald-800 dark:text-emerald-300">{state.message}</span> : null}
        {error ? <span className="text-red-700 dark:text-red-400">{error}</span> : null}
      </p>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? 'Retiring…' : 'Retire figure'}
      </button>
    </form>
  );
}
