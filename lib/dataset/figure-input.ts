// The one schema of a figure, whether it comes from a CSV row, a form or the API. Fields are named as
// the read API names them (lib/api/schemas.ts figureSchema); the importer maps its columns onto these
// names and the issues back onto its columns (lib/importer/rows.ts). Every field is checked and every
// problem reported at once; the checks between fields (bounds of a range, order of a period) follow
// when each field is fine on its own.
import { startsAfterEnd, partialDateToIso } from '@/lib/figures/period';
import { QUALIFIERS, type PartialDate, type Qualifier } from '@/lib/figures/types';
import { decimal, httpUrl, object, oneOf, optionalProse, optionalText, parseShape, partialDate, requiredText, type FieldIssue, type Parsed } from './field-rules';

/** A figure's claim and citation: everything a version stores, with claimant and publisher by name. */
export interface FigureContent {
  value: string;
  qualifier: Qualifier;
  valueLow: string | null;
  valueHigh: string | null;
  periodStart: PartialDate | null;
  periodEnd: PartialDate | null;
  claimant: { name: string; organization: string };
  via: string | null;
  publisher: { name: string };
  url: string | null;
  publicationTitle: string | null;
  publishedOn: PartialDate | null;
  quote: string | null;
  note: string | null;
}

/** A valid figure, ready to be planned: its content and the series it belongs to. */
export interface FigureDraft extends FigureContent {
  seriesSlug: string;
}

/** The fields of a figure, in the order they are checked and reported. */
export const FIGURE_FIELDS = [
  'seriesSlug',
  'value',
  'qualifier',
  'valueLow',
  'valueHigh',
  'periodStart',
  'periodEnd',
  'claimant.name',
  'claimant.organization',
  'via',
  'publisher.name',
  'publishedOn',
  'url',
  'publicationTitle',
  'quote',
  'note',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

const FIGURE_SHAPE = {
  seriesSlug: requiredText('a series slug'),
  value: decimal(true),
  qualifier: oneOf(QUALIFIERS),
  valueLow: decimal(false),
  valueHigh: decimal(false),
  periodStart: partialDate(),
  periodEnd: partialDate(),
  claimant: object({ name: requiredText('the claimant (who made the claim)'), organization: optionalText() }, '{ "name", "organization" }'),
  via: optionalText(),
  publisher: object({ name: requiredText('the publisher') }, '{ "name" }'),
  publishedOn: partialDate(),
  url: httpUrl,
  publicationTitle: optionalText(),
  quote: optionalProse(),
  note: optionalProse(),
};

type Sent<T> = T extends string | null ? T | number | undefined : T extends PartialDate | null ? string | PartialDate | null | undefined : T;

/** A figure as a form or the API may send it: the read API's fields, numbers as text or numbers, dates as text or { date, precision }. */
export type FigureInput = {
  [K in keyof Parsed<typeof FIGURE_SHAPE>]?: Parsed<typeof FIGURE_SHAPE>[K] extends { name: string }
    ? { [N in keyof Parsed<typeof FIGURE_SHAPE>[K]]?: string | null }
    : Sent<Parsed<typeof FIGURE_SHAPE>[K]>;
};

export type ParseFigureResult = { ok: true; figure: FigureDraft } | { ok: false; issues: FieldIssue[] };

/**
 * Checks a figure. `label` names a field in messages that mention another one ("is after periodEnd
 * 2025-01"); the importer passes its column names, so a spreadsheet user reads "period_end".
 */
export function parseFigureInput(input: unknown, label: (field: FigureField) => string = (field) => field): ParseFigureResult {
  const parsed = parseShape(FIGURE_SHAPE, input);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  const issues: FieldIssue[] = [];
  const at = (field: FigureField, message: string) => issues.push({ field, message });
  if (d.qualifier === 'range') {
    if (d.valueLow === null) at('valueLow', 'is empty; a range needs its low bound');
    if (d.valueHigh === null) at('valueHigh', 'is empty; a range needs its high bound');
    if (d.valueLow !== null && d.valueHigh !== null) {
      if (Number(d.valueLow) > Number(d.valueHigh)) {
        at('valueLow', `${d.valueLow} is greater than ${label('valueHigh')} ${d.valueHigh}`);
      } else if (Number(d.value) < Number(d.valueLow) || Number(d.value) > Number(d.valueHigh)) {
        at('value', `${d.value} lies outside the range ${d.valueLow} to ${d.valueHigh}`);
      }
    }
  } else {
    if (d.valueLow !== null) at('valueLow', `must be empty unless ${label('qualifier')} is range (it is ${d.qualifier})`);
    if (d.valueHigh !== null) at('valueHigh', `must be empty unless ${label('qualifier')} is range (it is ${d.qualifier})`);
  }
  if (d.periodStart && d.periodEnd && startsAfterEnd(d.periodStart, d.periodEnd)) {
    at('periodStart', `${partialDateToIso(d.periodStart)} is after ${label('periodEnd')} ${partialDateToIso(d.periodEnd)}`);
  }
  if (issues.length > 0) return { ok: false, issues };
  // A claimant named without a body is its own body. The parsed record is the figure: no copy.
  d.claimant.organization ??= d.claimant.name;
  return { ok: true, figure: d as FigureDraft };
}
