// The event form's fields: the slug, set once, and what an edit may change.
import type { RecordFieldSpec } from '@/components/admin/record-form';
import { TOPICS } from '@/lib/figures/types';

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD: the precision is what you write.';

export const EVENT_SLUG_SPEC: RecordFieldSpec = {
  field: 'slug',
  label: 'Slug',
  hint: 'Lower-case words joined by hyphens, e.g. first-troops-counted; links and pinned views name the event by it, so it cannot change.',
  required: true,
};

export const EVENT_CONTENT_SPECS: RecordFieldSpec[] = [
  { field: 'date', label: 'Date', hint: DATE_HINT, required: true },
  { field: 'title', label: 'Title', required: true },
  { field: 'source', label: 'Source (who reported it)', required: true },
  { field: 'url', label: 'Link', hint: 'http or https' },
  { field: 'topics', label: 'Charts it is drawn on', kind: 'checkboxes', options: TOPICS.map((t) => ({ value: t, label: t })), hint: 'None: every chart.' },
  { field: 'description', label: 'Description', kind: 'textarea' },
];
