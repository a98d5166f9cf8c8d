'use client';

// The series and event forms, for a new record and an edit, as the figure form (./figure-form.tsx)
// does it: the fields of the record's one schema, a required reason, and the version an edit started
// from. The server's errors show beside their fields and focus moves to the first; a lost update
// shows what the other person changed, theirs beside yours.
import { useActionState, useEffect, useRef } from 'react';
import { RECORD_FORM_IDLE, type RecordFormAction, type RecordFormValues } from '@/lib/admin/record-form';
import { ConflictNotice } from './conflict-notice';
import { inputClass, labelClass, primaryButtonClass } from './styles';

export interface RecordFieldSpec {
  field: string;
  label: string;
  hint?: string;
  kind?: 'text' | 'textarea' | 'select' | 'checkboxes';
  /** For a select or checkboxes. */
  options?: { value: string; label: string }[];
  required?: boolean;
}

export interface RecordFormProps {
  /** Names the record in ids and headings: "series", "event". */
  noun: string;
  action: RecordFormAction;
  fields: RecordFieldSpec[];
  initial: RecordFormValues;
  /** The version an edit starts from; absent for a new record. */
  baseVersion?: number;
  /** Sent as they are, e.g. the slug of the record an edit changes. */
  hidden?: Record<string, string>;
  submitLabel: string;
}

export function RecordForm({ noun, action, fields, initial, baseVersion, hidden = {}, submitLabel }: RecordFormProps) {
  const [state, formAction, pending] = useActionState(action, RECORD_FORM_IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  const values = state.status === 'error' || state.status === 'conflict' ? state.values : initial;
  const reason = state.status === 'error' || state.status === 'conflict' ? state.reason : '';
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const version = state.status === 'conflict' ? state.currentVersion : baseVersion;
  const fieldId = (field: string) => `${noun}-${field}`;

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === 'error') form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (state.status === 'conflict') form.querySelector<HTMLElement>(`#${noun}-conflict`)?.focus();
  }, [state, noun]);

  const describedBy = (spec: { field: string; hint?: string }) =>
    [spec.hint ? `${fieldId(spec.field)}-hint` : null, errors[spec.field] ? `${fieldId(spec.field)}-error` : null].filter(Boolean).join(' ') || undefined;

  const control = (spec: RecordFieldSpec) => {
    const common = {
      name: spec.field,
      'aria-invalid': errors[spec.field] ? true : undefined,
      'aria-describedby': describedBy(spec),
    };
    if (spec.kind === 'checkboxes') {
      const chosen = new Set(values[spec.field]?.split(';').filter(Boolean));
      return (
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {spec.options?.map((option) => (
            <label key={option.value} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" {...common} value={option.value} defaultChecked={chosen.has(option.value)} className="focus-visible:outline-2 focus-visible:outline-sky-600" />
              {option.label}
            </label>
          ))}
        </div>
      );
    }
    const single = { ...common, id: fieldId(spec.field), defaultValue: values[spec.field] ?? '', required: spec.required, className: inputClass };
    if (spec.kind === 'textarea') return <textarea {...single} rows={3} />;
    if (spec.kind === 'select') {
      return (
        <select {...single}>
          {spec.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    return <input {...single} autoComplete="off" />;
  };

  const labelText = (spec: RecordFieldSpec) => `${spec.label}${spec.required ? ' (required)' : ''}`;

  return (
    <form ref={formRef} action={formAction} key={version ?? 'new'} className="space-y-4" noValidate>
      {state.status === 'conflict' ? <ConflictNotice noun={noun} {...state} /> : null}
      <p role="status" aria-live="polite" className="min-h-5 text-sm">
        {state.status === 'ok' ? <span className="text-emerald-800 dark:text-emerald-300">{state.message}</span> : null}
        {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : null}
      </p>
      {version !== undefined ? <input type="hidden" name="baseVersion" value={version} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((spec) => {
          const wide = spec.kind === 'textarea' || spec.kind === 'checkboxes';
          const after = (
            <>
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
            </>
          );
          return spec.kind === 'checkboxes' ? (
            <fieldset key={spec.field} className="sm:col-span-2">
              <legend className={labelClass}>{labelText(spec)}</legend>
              {control(spec)}
              {after}
            </fieldset>
          ) : (
            <div key={spec.field} className={wide ? 'sm:col-span-2' : undefined}>
              <label htmlFor={fieldId(spec.field)} className={labelClass}>
                {labelText(spec)}
              </label>
              {control(spec)}
              {after}
            </div>
          );
        })}
      </div>
      <div>
        <label htmlFor={`${noun}-reason`} className={labelClass}>
          Reason for this change (required, shown publicly at /changes)
        </label>
        <textarea
          id={`${noun}-reason`}
          name="reason"
          rows={2}
          required
          defaultValue={reason}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${noun}-reason-error` : undefined}
          className={inputClass}
        />
        {errors.reason ? (
          <p id={`${noun}-reason-error`} className="text-sm text-red-700 dark:text-red-400">
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
