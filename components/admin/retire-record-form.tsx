'use client';

import { useActionState } from 'react';
import { RECORD_FORM_IDLE, type RecordFormAction } from '@/lib/admin/record-form';
import { inputClass, labelClass, secondaryButtonClass } from './styles';

export interface RetireRecordFormProps {
  /** Names the record: "series", "event". */
  noun: string;
  action: RecordFormAction;
  slug: string;
  baseVersion: number;
  /** What retiring does beyond hiding the record, said before the button. */
  consequence: string;
}

/** Retires a series or an event with a reason, as the figure form's retire does; it stays in the history. */
export function RetireRecordForm({ noun, action, slug, baseVersion, consequence }: RetireRecordFormProps) {
  const [state, formAction, pending] = useActionState(action, RECORD_FORM_IDLE);
  const error = state.status === 'error' ? (state.fieldErrors.reason ?? state.message) : state.status === 'conflict' ? state.message : null;
  return (
    <form action={formAction} className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <h2 className="text-lg font-semibold">Retire this {noun}</h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{consequence}</p>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <label htmlFor={`retire-${noun}-reason`} className={labelClass}>
        Reason for retiring (required)
      </label>
      <textarea
        id={`retire-${noun}-reason`}
        name="reason"
        rows={2}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={`retire-${noun}-result`}
        className={inputClass}
      />
      <p id={`retire-${noun}-result`} role="status" aria-live="polite" className="min-h-5 text-sm">
        {state.status === 'ok' ? <span className="text-emerald-800 dark:text-emerald-300">{state.message}</span> : null}
        {error ? <span className="text-red-700 dark:text-red-400">{error}</span> : null}
      </p>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? 'Retiring…' : `Retire ${noun}`}
      </button>
    </form>
  );
}
