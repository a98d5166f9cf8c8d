'use server';

// The series pages' server actions: create, edit and retire through lib/curation/series.ts, each one
// dataset revision signed by the account and its reason. Validation is the importer's
// (lib/dataset/series-input.ts); its per-field issues go back to the form.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formText, readRecordForm, refusedRecord, type RecordFormState } from '@/lib/admin/record-form';
import { SERIES_CREATE_FIELDS, SERIES_EDIT_FIELDS, seriesInput } from '@/lib/admin/series-form';
import type { Principal } from '@/lib/auth/guard';
import { guardedAction } from '@/lib/auth/page-guard';
import { createSeries, editSeries, retireSeries } from '@/lib/curation/series';
import { getWritePool } from '@/lib/dataset/pool';

const curation = (principal: Principal, reason: string) => ({ actor: { userId: principal.userId, name: principal.name }, reason });

export const createSeriesAction = guardedAction('editor', async (principal, _state: RecordFormState, formData: FormData): Promise<RecordFormState> => {
  const values = readRecordForm(formData, SERIES_CREATE_FIELDS);
  const reason = formText(formData, 'reason');
  let slug: string;
  try {
    await createSeries(getWritePool(), { ...curation(principal, reason), series: seriesInput(values, SERIES_CREATE_FIELDS) });
    slug = values.slug.trim();
  } catch (error) {
    return refusedRecord(error, values, reason);
  }
  revalidatePath('/', 'layout');
  redirect(`/admin/series/${encodeURIComponent(slug)}?saved=1`);
});

export const editSeriesAction = guardedAction('editor', async (principal, _state: RecordFormState, formData: FormData): Promise<RecordFormState> => {
  const values = readRecordForm(formData, SERIES_EDIT_FIELDS);
  const reason = formText(formData, 'reason');
  try {
    const result = await editSeries(getWritePool(), {
      ...curation(principal, reason),
      slug: formText(formData, 'slug'),
      baseVersion: Number(formText(formData, 'baseVersion')),
      changes: seriesInput(values, SERIES_EDIT_FIELDS),
    });
    revalidatePath('/', 'layout');
    return result.revision === null
      ? { status: 'ok', message: 'Nothing changed, so nothing was written.' }
      : { status: 'ok', message: `Saved as version ${result.version} in revision ${result.revision}.` };
  } catch (error) {
    return refusedRecord(error, values, reason);
  }
});

export const retireSeriesAction = guardedAction('editor', async (principal, _state: RecordFormState, formData: FormData): Promise<RecordFormState> => {
  const reason = formText(formData, 'reason');
  const slug = formText(formData, 'slug');
  try {
    await retireSeries(getWritePool(), { ...curation(principal, reason), slug, baseVersion: Number(formText(formData, 'baseVersion')) });
  } catch (error) {
    return refusedRecord(error, {}, reason);
  }
  revalidatePath('/', 'layout');
  // The page shows a retired series without this form, so it says so itself.
  redirect(`/admin/series/${encodeURIComponent(slug)}?retired=1`);
});
