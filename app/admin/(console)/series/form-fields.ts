// The series form's fields: what a new series sets once (slug, unit, kind) and what an edit may change.
import type { RecordFieldSpec } from '@/components/admin/record-form';
import { SERIES_KINDS, TOPICS } from '@/lib/figures/types';

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

export const SERIES_IDENTITY_SPECS: RecordFieldSpec[] = [
  { field: 'slug', label: 'Slug', hint: 'Lower-case words joined by hyphens, e.g. troops-deployed; it names the series in links and cannot change.', required: true },
  { field: 'unit', label: 'Unit', hint: 'What one is counted in, e.g. troops, shells, USD; it cannot change.', required: true },
  { field: 'kind', label: 'Kind', kind: 'select', options: options(SERIES_KINDS), hint: 'How figures add up over time; it cannot change.', required: true },
];

export const SERIES_CONTENT_SPECS: RecordFieldSpec[] = [
  { field: 'title', label: 'Title', required: true },
  { field: 'topic', label: 'Topic', kind: 'select', options: options(TOPICS), required: true },
  { field: 'description', label: 'Description', kind: 'textarea' },
];
