// A figure's versions in words, field by field, and what one version changed against the one before:
// "about 15,000 troops" to "about 16,500 troops", "as of Apr 2025" to "as of May 2025". Values keep
// their qualifier and bounds, dates their precision, so a diff never says more than the sources did.
import { formatPartialDate, formatPeriod } from './period';
import type { FigureView, SeriesView } from './types';
import { describeClaimant, describeQuantity, formatNumber } from './wording';

export const FIGURE_FIELDS = ['value', 'period', 'claimant', 'via', 'publisher', 'title', 'link', 'published', 'quote', 'note'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export const FIGURE_FIELD_LABELS: Record<FigureField, string> = {
  value: 'Value as stated',
  period: 'Period',
  claimant: 'Claimant',
  via: 'Via',
  publisher: 'Publisher',
  title: 'Publication title',
  link: 'Link',
  published: 'Published',
  quote: 'Quote',
  note: 'Note',
};

export interface FieldText {
  text: string;
  /** True when the version gives nothing for the field; `text` then says so ("not given"). */
  absent: boolean;
}

export interface FieldValue extends FieldText {
  field: FigureField;
}

export interface FieldChange {
  field: FigureField;
  before: FieldText;
  after: FieldText;
}

type Series = Pick<SeriesView, 'unit' | 'kind'>;

const given = (text: string): FieldText => ({ text, absent: false });
const missing = (text: string): FieldText => ({ text, absent: true });
const optional = (value: string | null, none = 'none') => (value ? given(value) : missing(none));

/**
 * The words for a field. `detailed` adds what the usual words leave out, for two versions that differ
 * only there: a range is read by its bounds, so its midpoint shows only then, and a claimant's body
 * shows only when it is not its own name.
 */
function fieldText(field: FigureField, figure: FigureView, series: Series, detailed = false): FieldText {
  switch (field) {
    case 'value': {
      const midpoint = detailed && figure.qualifier === 'range' ? ` (midpoint ${formatNumber(figure.value)})` : '';
      return given(`${describeQuantity(figure, series.unit)}${midpoint}`);
    }
    case 'period': {
      const period = formatPeriod(figure.periodStart, figure.periodEnd, series.kind);
      return figure.periodStart || figure.periodEnd ? given(period) : missing(period);
    }
    case 'claimant':
      return given(detailed ? `${figure.claimant.name} (body: ${figure.claimant.organization})` : describeClaimant(figure.claimant));
    case 'via':
      return optional(figure.via);
    case 'publisher':
      return given(figure.publisher.name);
    case 'title':
      return optional(figure.publicationTitle, 'not given');
    case 'link':
      return optional(figure.url, 'no link given');
    case 'published':
      return figure.publishedOn ? given(formatPartialDate(figure.publishedOn)) : missing('not given');
    case 'quote':
      return optional(figure.quote);
    case 'note':
      return optional(figure.note);
  }
}

/** Every field of one version in words, in the order the site cites a figure. */
export function describeFigureFields(figure: FigureView, series: Series): FieldValue[] {
  return FIGURE_FIELDS.map((field) => ({ field, ...fieldText(field, figure, series) }));
}

const sameDate = (a: FigureView['publishedOn'], b: FigureView['publishedOn']) =>
  a === b || (a !== null && b !== null && a.date === b.date && a.precision === b.precision);

/** Whether a field differs in what was stated, not just in how it reads. */
function differs(field: FigureField, a: FigureView, b: FigureView): boolean {
  switch (field) {
    case 'value':
      return a.value !== b.value || a.qualifier !== b.qualifier || a.valueLow !== b.valueLow || a.valueHigh !== b.valueHigh;
    case 'period':
      return !sameDate(a.periodStart, b.periodStart) || !sameDate(a.periodEnd, b.periodEnd);
    case 'claimant':
      return a.claimant.name !== b.claimant.name || a.claimant.organization !== b.claimant.organization;
    case 'via':
      return a.via !== b.via;
    case 'publisher':
      return a.publisher.name !== b.publisher.name;
    case 'title':
      return a.publicationTitle !== b.publicationTitle;
    case 'link':
      return a.url !== b.url;
    case 'published':
      return !sameDate(a.publishedOn, b.publishedOn);
    case 'quote':
      return a.quote !== b.quote;
    case 'note':
      return a.note !== b.note;
  }
}

/** The fields `after` states differently from `before`, each in words as it was and as it is. */
export function diffFigureVersions(before: FigureView, after: FigureView, series: Series): FieldChange[] {
  return FIGURE_FIELDS.filter((field) => differs(field, before, after)).map((field) => {
    const detailed = fieldText(field, before, series).text === fieldText(field, after, series).text;
    return { field, before: fieldText(field, before, series, detailed), after: fieldText(field, after, series, detailed) };
  });
}
