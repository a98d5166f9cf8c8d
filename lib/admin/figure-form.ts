// A figure form's fields as text, to and from the one figure schema (lib/dataset/figure-input.ts),
// and what its server action answers: field errors, a lost update with what the other person
// changed, or done.
import type { FieldChange } from '@/lib/dataset/content';
import type { ConflictRow } from './record-form';
import { FIGURE_FIELDS, type FigureContent, type FigureField } from '@/lib/dataset/figure-input';
import { partialDateToIso } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';

/** The form's text fields: the schema's fields, named as it names them ("claimant.name"). */
export type FigureFormField = FigureField;
export type FigureFormValues = Record<FigureFormField, string>;

export type FigureFormState =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; values: FigureFormValues; reason: string }
  | { status: 'conflict'; message: string; currentVersion: number; changes: ConflictRow[]; values: FigureFormValues; reason: string };

export const FIGURE_FORM_IDLE: FigureFormState = { status: 'idle' };

const dateText = (value: PartialDate | null) => (value ? partialDateToIso(value) : '');

/** A stored figure as the form's text. */
export function figureFormValues(seriesSlug: string, content: FigureContent): FigureFormValues {
  return {
    seriesSlug,
    value: content.value,
    qualifier: content.qualifier,
    valueLow: content.valueLow ?? '',
    valueHigh: content.valueHigh ?? '',
    periodStart: dateText(content.periodStart),
    periodEnd: dateText(content.periodEnd),
    'claimant.name': content.claimant.name,
    'claimant.organization': content.claimant.organization,
    via: content.via ?? '',
    'publisher.name': content.publisher.name,
    url: content.url ?? '',
    publicationTitle: content.publicationTitle ?? '',
    publishedOn: dateText(content.publishedOn),
    quote: content.quote ?? '',
    note: content.note ?? '',
  };
}

/** The figure fields of a form; `prefix` picks one figure's fields where a form holds several ("c2:value"). */
export function readFigureForm(formData: FormData | undefined, prefix = ''): FigureFormValues {
  const text = (name: string) => {
    const value = formData instanceof FormData ? formData.get(`${prefix}${name}`) : null;
    return typeof value === 'string' ? value : '';
  };
  return Object.fromEntries(FIGURE_FIELDS.map((field) => [field, text(field)])) as FigureFormValues;
}

/** The form's text as the schema's input: empty fields are absent values. */
export function figureInput(values: FigureFormValues): Record<string, unknown> {
  const orNull = (value: string) => (value.trim() === '' ? null : value);
  return {
    seriesSlug: values.seriesSlug,
    value: values.value,
    qualifier: values.qualifier,
    valueLow: orNull(values.valueLow),
    valueHigh: orNull(values.valueHigh),
    periodStart: orNull(values.periodStart),
    periodEnd: orNull(values.periodEnd),
    claimant: { name: values['claimant.name'], organization: orNull(values['claimant.organization']) },
    via: orNull(values.via),
    publisher: { name: values['publisher.name'] },
    url: orNull(values.url),
    publicationTitle: orNull(values.publicationTitle),
    publishedOn: orNull(values.publishedOn),
    quote: orNull(values.quote),
    note: orNull(values.note),
  };
}

/** One stored value of a field as the form shows it. */
export function changeText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'date' in value && 'precision' in value) return partialDateToIso(value as PartialDate);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter(Boolean).join(', ');
  return String(value);
}

/** What the other person changed, field by field, beside what this editor sent. */
export function conflictChanges(changes: FieldChange[], yours: FigureFormValues): ConflictRow[] {
  return changes.map((change) => {
    const sent = change.field === 'claimant' ? `${yours['claimant.name']}, ${yours['claimant.organization']}` : change.field === 'publisher' ? yours['publisher.name'] : (yours[change.field as FigureFormField] ?? '');
    return { field: change.field, base: changeText(change.from), theirs: changeText(change.to), yours: sent };
  });
}
