// An event form's fields as text, to and from the one event schema (lib/dataset/event-input.ts). Its
// topics are checkboxes, sent as the CSV writes them ("troops;munitions"). The slug names the event in
// links and pinned views: set once, at creation.
import type { EventContent } from '@/lib/dataset/event-input';
import { partialDateToIso } from '@/lib/figures/period';
import { formText, type RecordFormValues } from './record-form';

export const EVENT_EDIT_FIELDS = ['date', 'title', 'description', 'topics', 'source', 'url'] as const;
export const EVENT_CREATE_FIELDS = ['slug', ...EVENT_EDIT_FIELDS] as const;

export function eventFormValues(content: EventContent): RecordFormValues {
  return {
    date: partialDateToIso(content.date),
    title: content.title,
    description: content.description,
    topics: content.topics.join(';'),
    source: content.source,
    url: content.url ?? '',
  };
}

/** The fields of an event form; nothing when the action was called without a form. */
export function readEventForm(formData: FormData | undefined, fields: readonly string[]): RecordFormValues {
  const values = Object.fromEntries(fields.map((field) => [field, formText(formData, field)]));
  if (fields.includes('topics')) {
    values.topics = formData instanceof FormData ? formData.getAll('topics').filter((t) => typeof t === 'string').join(';') : '';
  }
  return values;
}

/** The form's text as the schema's input: an empty link is no link. */
export function eventInput(values: RecordFormValues, fields: readonly string[]): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(fields.map((field) => [field, values[field] ?? '']));
  if ('url' in input && String(input.url).trim() === '') input.url = null;
  return input;
}
