// Comparing what versions say, field by field: for "nothing changed, write nothing", and for the list
// of what someone else changed that a refused edit shows. Field names are the read API's.
import type { PartialDate } from '@/lib/figures/types';
import type { EventContent } from './event-input';
import type { FigureContent } from './figure-input';
import type { SeriesContent } from './series-input';

export interface FieldChange {
  field: string;
  /** The value before (in the version the edit started from). */
  from: unknown;
  /** The value after (in the current version). */
  to: unknown;
}

function sameDate(a: PartialDate | null, b: PartialDate | null): boolean {
  return a === b || (a !== null && b !== null && a.date === b.date && a.precision === b.precision);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if ('date' in a && 'precision' in a) return sameDate(a as PartialDate, b as PartialDate);
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function diff<T extends object>(fields: readonly (keyof T & string)[], before: T, after: T): FieldChange[] {
  return fields.filter((field) => !sameValue(before[field], after[field])).map((field) => ({ field, from: before[field], to: after[field] }));
}

const FIGURE_CONTENT_FIELDS = [
  'value',
  'qualifier',
  'valueLow',
  'valueHigh',
  'periodStart',
  'periodEnd',
  'claimant',
  'via',
  'publisher',
  'url',
  'publicationTitle',
  'publishedOn',
  'quote',
  'note',
] as const satisfies readonly (keyof FigureContent)[];

const SERIES_CONTENT_FIELDS = ['title', 'topic', 'description'] as const satisfies readonly (keyof SeriesContent)[];

const EVENT_CONTENT_FIELDS = ['date', 'title', 'description', 'topics', 'source', 'url'] as const satisfies readonly (keyof EventContent)[];

export const diffFigureContent = (before: FigureContent, after: FigureContent) => diff(FIGURE_CONTENT_FIELDS, before, after);
export const diffSeriesContent = (before: SeriesContent, after: SeriesContent) => diff(SERIES_CONTENT_FIELDS, before, after);
export const diffEventContent = (before: EventContent, after: EventContent) => diff(EVENT_CONTENT_FIELDS, before, after);
