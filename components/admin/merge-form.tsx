'use client';

// "Merge X into Y" for claimants or publishers, in two steps: choose the pair and say why, then
// confirm once the server has said how many figures will get a new version naming the survivor.
// Errors show beside their fields and take the focus; the confirmation takes it too.
import { useActionState, useEffect, useRef } from 'react';
import { MERGE_FORM_IDLE, type MergeFormAction } from '@/lib/admin/merge-form';
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from './styles';

export interface MergeFormProps {
  /** "claimant" or "publisher". */
  noun: string;
  action: MergeFormAction;
  options: { id: number; label: string; figureCount: number }[];
}

export function MergeForm({ noun, action, options }: MergeFormProps) {
  const [state, formAction, pending] = useActionState(action, MERGE_FORM_IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.status === 'ok' ? undefined : state.values;
  const reason = state.status === 'ok' ? '' : (state.reason ?? '');
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const id = (field: string) => `${noun}-merge-${field}`;
  const confirmId = id('confirm');

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === 'error') form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (state.status === 'confirm') form.querySelector<HTMLElement>(`#${confirmId}`)?.focus();
  }, [state, confirmId]);

  const describedBy = (field: string) => (errors[field] ? id(`${field}-error`) : undefined);
  const error = (field: string) =>
    errors[field] ? (
      <p id={id(`${field}-error`)} className="text-sm text-red-700 dark:text-red-400">
        {errors[field]}
      </p>
    ) : null;
  const select = (field: 'fromId' | 'intoId', label: string) => (
    <div>
      <label htmlFor={id(field)} className={labelClass}>
        {label} (required)
      </label>
      <select
        id={id(field)}
        name={field}
        required
        defaultValue={values?.[field] ?? ''}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(field)}
        className={inputClass}
      >
        <option value="">Choose a {noun}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label} · {option.figureCount} figure{option.figureCount === 1 ? '' : 's'}
          </option>
        ))}
      </select>
      {error(field)}
    </div>
  );

  return (
    <form ref={formRef} action={formAction} className="space-y-3" noValidate>
      <p role="status" aria-live="polite" className="min-h-5 text-sm">
        {state.status === 'ok' ? <span className="text-emerald-800 dark:text-emerald-300">{state.message}</span> : null}
        {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : null}
      </p>
      {state.status === 'confirm' ? (
        <section id={confirmId} tabIndex={-1} aria-labelledby={id('confirm-heading')} className="space-y-2 rounded-md border border-amber-600 p-3">
          <h3 id={id('confirm-heading')} className="font-semibold">
            Merge “{state.fromName}” into “{state.intoName}”?
          </h3>
          <p className="text-sm">
            {state.figures} figure{state.figures === 1 ? '' : 's'} will get a new version naming “{state.intoName}”; their earlier versions stay in their history. “
            {state.fromName}” will no longer be listed: its page and later imports under its name lead to “{state.intoName}”. The reason shown with the change:
          </p>
          <blockquote className="border-l-2 border-zinc-300 pl-3 text-sm dark:border-zinc-700">{state.reason}</blockquote>
          <input type="hidden" name="fromId" value={state.values.fromId} />
          <input type="hidden" name="intoId" value={state.values.intoId} />
          <input type="hidden" name="reason" value={state.reason} />
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="step" value="confirm" disabled={pending} className={primaryButtonClass}>
              {pending ? 'Merging…' : `Merge and move ${state.figures} figure${state.figures === 1 ? '' : 's'}`}
            </button>
            <button type="submit" name="step" value="back" disabled={pending} className={secondaryButtonClass}>
              Back
            </button>
          </div>
        </section>
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            {select('fromId', `Merge this ${noun} away`)}
            {select('intoId', 'Into this one, which stays')}
          </div>
          <div>
            <label htmlFor={id('reason')} className={labelClass}>
              Reason for this change (required, shown publicly at /changes)
            </label>
            <textarea
              id={id('reason')}
              name="reason"
              rows={2}
              required
              defaultValue={reason}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={describedBy('reason')}
              className={inputClass}
            />
            {error('reason')}
          </div>
          <button type="submit" name="step" value="review" disabled={pending} className={secondaryButtonClass}>
            {pending ? 'Checking…' : 'Review merge'}
          </button>
        </>
      )}
    </form>
  );
}
