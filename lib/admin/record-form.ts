// What the series and event forms' server actions answer, as the figure form's do
// (lib/admin/figure-form.ts): field errors beside their fields, a lost update with what the other
// person changed beside what this editor sent, or done. Values are the form's text, by field name.
import type { FieldChange } from '@/lib/dataset/content';
import { ConflictError, DuplicateError, NotFoundError, RuleError, ValidationError } from '@/lib/dataset/errors';
import { changeText } from './figure-form';

export type RecordFormValues = Record<string, string>;

export interface ConflictRow {
  field: string;
  base: string;
  theirs: string;
  yours: string;
}

export type RecordFormState =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; values: RecordFormValues; reason: string }
  | { status: 'conflict'; message: string; currentVersion: number; changes: ConflictRow[]; values: RecordFormValues; reason: string };

export const RECORD_FORM_IDLE: RecordFormState = { status: 'idle' };

export type RecordFormAction = (state: RecordFormState, formData: FormData) => Promise<RecordFormState>;

/** A field of the form as text; nothing when the action was called without a form. */
export function formText(formData: FormData | undefined, name: string): string {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === 'string' ? value : '';
}

/** The named fields of a form as text. */
export function readRecordForm(formData: FormData | undefined, fields: readonly string[]): RecordFormValues {
  return Object.fromEntries(fields.map((field) => [field, formText(formData, field)]));
}

/** What the other person changed, field by field, beside what this editor sent (a list as the stored one reads). */
export function recordConflictRows(changes: FieldChange[], yours: RecordFormValues): ConflictRow[] {
  return changes.map((change) => {
    const sent = yours[change.field] ?? '';
    return { field: change.field, base: changeText(change.from), theirs: changeText(change.to), yours: Array.isArray(change.to) ? changeText(sent.split(';').filter(Boolean)) : sent };
  });
}

/** A refusal as the form shows it; anything unexpected is thrown on. */
export function refusedRecord(error: unknown, values: RecordFormValues, reason: string): RecordFormState {
  if (error instanceof ValidationError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.field] ??= `${issue.field} ${issue.message}`;
    return { status: 'error', message: `Not saved: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} to fix.`, fieldErrors, values, reason };
  }
  if (error instanceof ConflictError) {
    return { status: 'conflict', message: error.message, currentVersion: error.currentVersion, changes: recordConflictRows(error.changes, values), values, reason };
  }
  if (error instanceof RuleError) {
    return { status: 'error', message: `Not saved: ${error.message}`, fieldErrors: error.field ? { [error.field]: error.message } : {}, values, reason };
  }
  if (error instanceof DuplicateError || error instanceof NotFoundError) return { status: 'error', message: `Not saved: ${error.message}`, fieldErrors: {}, values, reason };
  throw error;
}
