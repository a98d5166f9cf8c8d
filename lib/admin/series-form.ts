// A series form's fields as text, to and from the one series schema (lib/dataset/series-input.ts).
// Slug, unit and kind say what the series' figures mean: set once, at creation.
import type { SeriesState } from '@/lib/dataset/state';
import type { RecordFormValues } from './record-form';

export const SERIES_CREATE_FIELDS = ['slug', 'title', 'unit', 'topic', 'kind', 'description'] as const;
/** What an edit may change (lib/curation/series.ts). */
export const SERIES_EDIT_FIELDS = ['title', 'topic', 'description'] as const;

export function seriesFormValues(series: Pick<SeriesState, 'content'>): RecordFormValues {
  return { title: series.content.title, topic: series.content.topic, description: series.content.description };
}

/** The form's text as the schema's input. */
export function seriesInput(values: RecordFormValues, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, values[field] ?? '']));
}
