'use client';

// The figure form, for a new figure and an edit: every field of the one figure schema, a required
// reason, and the version the edit started from. The server's errors show beside their fields and
// focus moves to the first; a lost update shows what the other person changed, theirs beside yours.
import { useActionState, useEffect, useRef } from 'react';
import { FIGURE_FORM_IDLE, type FigureFormField, type FigureFormState, type FigureFormValues } from '@/lib/admin/figure-form';
import { QUALIFIERS } from '@/lib/figures/types';
import { ConflictNotice } from './conflict-notice';
import { inputClass, labelClass, primaryButtonClass } from './styles';

export type FigureFormAction = (state: FigureFormState, formData: FormData) => Promise<FigureFormState>;

interface FieldSpec {
  field: FigureFormField;
  label: string;
  hint?: string;
  kind?: 'textarea' | 'qualifier' | 'series' | 'claimant' | 'publisher';
  required?: boolean;
}

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD: the precision is what you write.';

const FIELDS: FieldSpec[] = [
  { field: 'seriesSlug', label: 'Series', kind: 'series', required: true },
  { field: 'value', label: 'Value as stated', hint: 'A number, e.g. 12000 or 1.5', required: true },
  { field: 'qualifier', label: 'Qualifier', kind: 'qualifier', required: true },
  { field: 'valueLow', label: 'Low bound', hint: 'Only for a range.' },
  { field: 'valueHigh', label: 'High bound', hint: 'Only for a range.' },
  { field: 'periodStart', label: 'Period start', hint: DATE_HINT },
  { field: 'periodEnd', label: 'Period end', hint: DATE_HINT },
  { field: 'claimant.name', label: 'Claimant (who made the claim)', hint: 'Pick one from the list or type a new name.', kind: 'claimant', required: true },
  { field: 'claimant.organization', label: 'Claimant’s body or organization', hint: 'Empty: the claimant is its own body.' },
  { field: 'via', label: 'Via (who relayed it)' },
  { field: 'publisher.name', label: 'Publisher', hint: 'Pick one from the list or type a new name.', kind: 'publisher', required: true },
  { field: 'url', label: 'Link', hint: 'http or https' },
  { field: 'publicationTitle', label: 'Publication title' },
  { field: 'publishedOn', label: 'Published date', hint: DATE_HINT },
  { field: 'quote', label: 'Quote', kind: 'textarea' },
  { field: 'note', label: 'Note', kind: 'textarea' },
];

const fieldId = (field: string) => `figure-${field.replace('.', '-')}`;

export interface FigureFormProps {
  action: FigureFormAction;
  initial: FigureFormValues;
  /** The version an edit starts from; absent for a new figure. */
  baseVersion?: number;
  /** The figure an edit changes; absent for a new figure. */
  figureId?: number;
  series: { slug: string; title: string }[];
  claimants: string[];
  publishers: string[];
  submitLabel: string;
}

export function FigureForm({ action, initial, baseVersion, figureId, series, claimants, publishers, submitLabel }: FigureFormProps) {
  const [state, formAction, pending] = useActionState(action, FIGURE_FORM_IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.status === 'error' || state.status === 'conflict' ? state.values : initial;
  const reason = state.status === 'error' || state.status === 'conflict' ? state.reason : '';
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const version = state.status === 'conflict' ? state.currentVersion : baseVersion;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === 'error') form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (state.status === 'conflict') form.querySelector<HTMLElement>('#figure-conflict')?.focus();
  }, [state]);

  const describedBy = (spec: { field: string; hint?: string }) =>
    [spec.hint ? `${fieldId(spec.field)}-hint` : null, errors[spec.field] ? `${fieldId(spec.field)}-error` : null].filter(Boolean).join(' ') || undefined;

  const control = (spec: FieldSpec) => {
    const common = {
      id: fieldId(spec.field),
      name: spec.field,
      defaultValue: values[spec.field],
      required: spec.required,
      'aria-invalid': errors[spec.field] ? true : undefined,
      'aria-describedby': describedBy(spec),
      className: inputClass,
    };
    if (spec.kind === 'textarea') return <textarea {...common} rows={3} />;
    if (spec.kind === 'qualifier' || spec.kind === 'series') {
      const options = spec.kind === 'qualifier' ? QUALIFIERS.map((q) => ({ value: q, label: q.replace('_', ' ') })) : series.map((s) => ({ value: s.slug, label: s.title }));
      return (
        <select {...common} disabled={spec.kind === 'series' && baseVersion !== undefined}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    const list = spec.kind === 'claimant' ? 'figure-claimants' : spec.kind === 'publisher' ? 'figure-publishers' : undefined;
    return <input {...common} list={list} autoComplete="off" />;
  };

  return (
    <form ref={formRef} action={formAction} key={version ?? 'new'} className="space-y-4" noValidate>
      {state.status === 'conflict' ? <ConflictNotice noun="figure" {...state} /> : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm">
        {state.status === 'ok' ? <span className="text-emerald-800 dark:text-emerald-300">{state.message}</span> : null}
        {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : null}
      </p>
      {version !== undefined ? <input type="hidden" name="baseVersion" value={version} /> : null}
      {figureId !== undefined ? <input type="hidden" name="figureId" value={figureId} /> : null}
      {baseVersion !== undefined ? <input type="hidden" name="seriesSlug" value={values.seriesSlug} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map((spec) => (
          <div key={spec.field} className={spec.kind === 'textarea' ? 'sm:col-span-2' : undefined}>
            <label htmlFor={fieldId(spec.field)} className={labelClass}>
              {spec.label}
              {spec.required ? ' (required)' : ''}
            </label>
            {control(spec)}
            {spec.hint ? (
              <p id={`${fieldId(spec.field)}-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
                {spec.hint}
              </p>
            ) : null}
            {errors[spec.field] ? (
              <p id={`${fieldId(spec.field)}-error`} className="text-sm text-red-700 dark:text-red-400">
                {errors[spec.field]}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      <datalist id="figure-claimants">
        {claimants.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="figure-publishers">
        {publishers.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div>
        <label htmlFor="figure-reason" className={labelClass}>
          Reason for this change (required, shown publicly at /changes)
        </label>
        <textarea
          id="figure-reason"
          name="reason"
          rows={2}
          required
          defaultValue={reason}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? 'figure-reason-error' : undefined}
          className={inputClass}
        />
        {errors.reason ? (
          <p id="figure-reason-error" className="text-sm text-red-700 dark:text-red-400">
            {errors.reason}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
