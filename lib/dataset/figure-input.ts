// The one schema of a figure, whether it comes from a CSV row, a form or the API. Fields are named as
// the read API names them (lib/api/schemas.ts figureSchema); the importer maps its columns onto these
// names and the issues back onto its columns (lib/importer/rows.ts). Every field is checked and every
// problem reported at once; the checks between fields (bounds of a range, order of a period) follow
// when each field is fine on its own.
import { z } from 'zod';
import { startsAfterEnd, partialDateToIso } from '@/lib/figures/period';
import { QUALIFIERS, type PartialDate, type Qualifier } from '@/lib/figures/types';
import { decimal, fieldIssues, withAbsentAsNull, httpUrl, oneOf, optionalProse, optionalText, partialDate, requiredText } from './field-rules';

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

export interface FieldIssue {
  /** The field as the read API names it, e.g. "valueLow" or "claimant.name". */
  field: string;
  message: string;
}

const figureSchema = z.strictObject({
  seriesSlug: requiredText('a series slug'),
  value: decimal(true),
  qualifier: oneOf(QUALIFIERS),
  valueLow: decimal(false),
  valueHigh: decimal(false),
  periodStart: partialDate(),
  periodEnd: partialDate(),
  claimant: z.strictObject(
    {
      name: requiredText('the claimant (who made the claim)'),
      organization: optionalText(),
    },
    { error: (issue) => (issue.input === undefined ? 'is required: { "name", "organization" }' : 'must be an object { "name", "organization" }') },
  ),
  via: optionalText(),
  publisher: z.strictObject({ name: requiredText('the publisher') }, { error: (issue) => (issue.input === undefined ? 'is required: { "name" }' : 'must be an object { "name" }') }),
  publishedOn: partialDate(),
  url: httpUrl,
  publicationTitle: optionalText(),
  quote: optionalProse(),
  note: optionalProse(),
});

/** A figure as a form or the API may send it: the read API's fields, dates as text or { date, precision }. */
export type FigureInput = z.input<typeof figureSchema>;

// Which fields may be left out (all of them, as null); claimant and publisher must be objects.
const SHAPE = {
  seriesSlug: true,
  value: true,
  qualifier: true,
  valueLow: true,
  valueHigh: true,
  periodStart: true,
  periodEnd: true,
  claimant: { name: true, organization: true },
  via: true,
  publisher: { name: true },
  publishedOn: true,
  url: true,
  publicationTitle: true,
  quote: true,
  note: true,
};

export type ParseFigureResult = { ok: true; figure: FigureDraft } | { ok: false; issues: FieldIssue[] };

/**
 * Checks a figure. `label` names a field in messages that mention another one ("is after periodEnd
 * 2025-01"); the importer passes its column names, so a spreadsheet user reads "period_end".
 */
export function parseFigureInput(input: unknown, label: (field: FigureField) => string = (field) => field): ParseFigureResult {
  const parsed = figureSchema.safeParse(withAbsentAsNull(input, SHAPE));
  if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error) };
  const d = parsed.data;
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
  return {
    ok: true,
    figure: {
      seriesSlug: d.seriesSlug,
      value: d.value as string,
      qualifier: d.qualifier,
      valueLow: d.valueLow,
      valueHigh: d.valueHigh,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      // A claimant named without a body is its own body.
      claimant: { name: d.claimant.name, organization: d.claimant.organization ?? d.claimant.name },
      via: d.via,
      publisher: { name: d.publisher.name },
      url: d.url,
      publicationTitle: d.publicationTitle,
      publishedOn: d.publishedOn,
      quote: d.quote,
      note: d.note,
    },
  };
}

/** The input that gives back this figure: a stored figure as a form or PATCH starts from it. */
export function figureInputOf(figure: FigureDraft): FigureInput {
  return {
    ...figure,
    claimant: { ...figure.claimant },
    publisher: { ...figure.publisher },
  };
}
