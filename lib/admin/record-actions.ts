// The create, edit and retire actions of a record kept by slug (a series, an event), as the admin
// pages' server actions run them: each one dataset revision signed by the account and its reason,
// validated by the dataset's own schema, its per-field issues sent back to the form. Each kind's
// 'use server' module wraps these with guardedAction, so the role is checked before any of it runs.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Principal } from '@/lib/auth/guard';
import type { Curation, CurationResult } from '@/lib/curation/common';
import { getWritePool } from '@/lib/dataset/pool';
import type { Pool } from 'pg';
import { formText, readRecordForm, refusedRecord, type RecordFormState, type RecordFormValues } from './record-form';

export interface RecordKind {
  /** Where its pages are: "/admin/series". */
  path: string;
  createFields: readonly string[];
  editFields: readonly string[];
  /** The form's fields as text; by default one text field each. */
  read?: (formData: FormData | undefined, fields: readonly string[]) => RecordFormValues;
  /** The form's text as the schema's input. */
  input: (values: RecordFormValues, fields: readonly string[]) => Record<string, unknown>;
  create: (pool: Pool, curation: Curation, record: Record<string, unknown>) => Promise<unknown>;
  edit: (pool: Pool, request: Curation & { slug: string; baseVersion: number; changes: Record<string, unknown> }) => Promise<CurationResult & { version: number }>;
  retire: (pool: Pool, request: Curation & { slug: string; baseVersion: number }) => Promise<unknown>;
}

type Action = (principal: Principal, state: RecordFormState, formData: FormData) => Promise<RecordFormState>;

const curation = (principal: Principal, reason: string): Curation => ({ actor: { userId: principal.userId, name: principal.name }, reason });

export function recordActions(kind: RecordKind): { create: Action; edit: Action; retire: Action } {
  const read = kind.read ?? readRecordForm;
  const page = (slug: string, flag: 'saved' | 'retired') => `${kind.path}/${encodeURIComponent(slug)}?${flag}=1`;
  return {
    async create(principal, _state, formData) {
      const values = read(formData, kind.createFields);
      const reason = formText(formData, 'reason');
      try {
        await kind.create(getWritePool(), curation(principal, reason), kind.input(values, kind.createFields));
      } catch (error) {
        return refusedRecord(error, values, reason);
      }
      revalidatePath('/', 'layout');
      redirect(page(values.slug.trim(), 'saved'));
    },
    async edit(principal, _state, formData) {
      const values = read(formData, kind.editFields);
      const reason = formText(formData, 'reason');
      try {
        const result = await kind.edit(getWritePool(), {
          ...curation(principal, reason),
          slug: formText(formData, 'slug'),
          baseVersion: Number(formText(formData, 'baseVersion')),
          changes: kind.input(values, kind.editFields),
        });
        revalidatePath('/', 'layout');
        return result.revision === null
          ? { status: 'ok', message: 'Nothing changed, so nothing was written.' }
          : { status: 'ok', message: `Saved as version ${result.version} in revision ${result.revision}.` };
      } catch (error) {
        return refusedRecord(error, values, reason);
      }
    },
    async retire(principal, _state, formData) {
      const reason = formText(formData, 'reason');
      const slug = formText(formData, 'slug');
      try {
        await kind.retire(getWritePool(), { ...curation(principal, reason), slug, baseVersion: Number(formText(formData, 'baseVersion')) });
      } catch (error) {
        return refusedRecord(error, {}, reason);
      }
      revalidatePath('/', 'layout');
      // The page shows a retired record without this form, so it says so itself.
      redirect(page(slug, 'retired'));
    },
  };
}
