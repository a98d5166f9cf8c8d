'use server';

// The event pages' server actions: create, edit and retire through lib/curation/events.ts, each one
// dataset revision signed by the account and its reason. Validation is the importer's
// (lib/dataset/event-input.ts); its per-field issues go back to the form.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { EVENT_CREATE_FIELDS, EVENT_EDIT_FIELDS, eventInput, readEventForm } from '@/lib/admin/event-form';
import { formText, refusedRecord, type RecordFormState } from '@/lib/admin/record-form';
import type { Principal } from '@/lib/auth/guard';
import { guardedAction } from '@/lib/auth/page-guard';
import { createEvent, editEvent, retireEvent } from '@/lib/curation/events';
import { getWritePool } from '@/lib/dataset/pool';

const curation = (principal: Principal, reason: string) => ({ actor: { userId: principal.userId, name: principal.name }, reason });

export const createEventAction = guardedAction('editor', async (principal, _state: RecordFormState, formData: FormData): Promise<RecordFormState> => {
  const values = readEventForm(formData, EVENT_CREATE_FIELDS);
  const reason = formText(formData, 'reason');
  let slug: string;
  try {
    await createEvent(getWritePool(), { ...curation(principal, reason), event: eventInput(values, EVENT_CREATE_FIELDS) });
    slug = values.slug.trim();
  } catch (error) {
    return refusedRecord(error, values, reason);
  }
  revalidatePath('/', 'layout');
  redirect(`/admin/events/${encodeURIComponent(slug)}?saved=1`);
});

export const editEventAction = guardedAction('editor', async (principal, _state: RecordFormState, formData: FormData): Promise<RecordFormState> => {
  const values = readEventForm(formData, EVENT_EDIT_FIELDS);
  const reason = formText(formData, 'reason');
  try {
    const result = await editEvent(getWritePool(), {
      ...curation(principal, reason),
      slug: formText(formData, 'slug'),
      baseVersion: Number(formText(formData, 'baseVersion')),
      changes: eventInput(values, EVENT_EDIT_FIELDS),
    });
    revalidatePath('/', 'layout');
    return result.revision === null
      ? { status: 'ok', message: 'Nothing changed, so nothing was written.' }
      : { status: 'ok', message: `Saved as version ${result.version} in revision ${result.revision}.` };
  } catch (error) {
    return refusedRecord(error, values, reason);
  }
});

export const retireEventAction = guardedAction('editor', async (principal, _state: RecordFormState, formData: FormData): Promise<RecordFormState> => {
  const reason = formText(formData, 'reason');
  const slug = formText(formData, 'slug');
  try {
    await retireEvent(getWritePool(), { ...curation(principal, reason), slug, baseVersion: Number(formText(formData, 'baseVersion')) });
  } catch (error) {
    return refusedRecord(error, {}, reason);
  }
  revalidatePath('/', 'layout');
  // The page shows a retired event without this form, so it says so itself.
  redirect(`/admin/events/${encodeURIComponent(slug)}?retired=1`);
});
