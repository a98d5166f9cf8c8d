// Validation of one CSV row into a typed record. Every column is checked, and every problem in the
// file is collected before anything is written.
import { z } from 'zod';
import { parsePartialDate, startsAfterEnd } from '@/lib/figures/period';
import { QUALIFIERS, SERIES_KINDS, TOPICS, type PartialDate, type Qualifier, type SeriesKind, type Topic } from '@/lib/figures/types';
import type { RowIssue } from './errors';

export const FIGURE_COLUMNS = {
  required: ['series', 'value', 'qualifier', 'claimant', 'publisher'],
  optional: [
    'value_low',
    'value_high',
    'period_start',
    'period_end',
    'claimant_org',
    'via',
    'published_on',
    'url',
    'title',
    'quote',
    'note',
  ],
} as const;

export const SERIES_COLUMNS = {
  required: ['slug', 'title', 'unit', 'topic', 'kind'],
  optional: ['description'],
} as const;

export interface FigureRow {
  rowNumber: number;
  series: string;
  value: string;
  qualifier: Qualifier;
  valueLow: string | null;
  valueHigh: string | null;
  periodStart: PartialDate | null;
  periodEnd: PartialDate | null;
  claimant: string;
  claimantOrg: string;
  via: string | null;
  publisher: string;
  publishedOn: PartialDate | null;
  url: string | null;
  title: string | null;
  quote: string | null;
  note: string | null;
}

export interface SeriesRow {
  rowNumber: number;
  slug: string;
  title: string;
  unit: string;
  topic: Topic;
  kind: SeriesKind;
  description: string;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const optionalText = z.string().transform((v) => (v === '' ? null : v));

function decimal(required: boolean) {
  return z.string().transform((raw, ctx) => {
    if (raw === '') {
      if (required) ctx.addIssue({ code: 'custom', message: 'is empty; a number is required' });
      return null;
    }
    if (/^-?\d{1,3}([,  ']\d{3})+(\.\d+)?$/.test(raw)) {
      ctx.addIssue({ code: 'custom', message: `"${raw}" has thousands separators; write it as ${raw.replace(/[,  ']/g, '')}` });
      return null;
    }
    if (!DECIMAL.test(raw)) {
      ctx.addIssue({ code: 'custom', message: `"${raw}" is not a plain decimal number such as 12000 or 2.5` });
      return null;
    }
    return normaliseDecimal(raw);
  });
}

/** Canonical text of a decimal, so that "1500000.0" and "1500000" are the same value. */
export function normaliseDecimal(raw: string): string {
  const negative = raw.startsWith('-');
  let [whole, fraction = ''] = raw.replace(/^-/, '').split('.');
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && text !== '0' ? `-${text}` : text;
}

const partialDate = z.string().transform((raw, ctx) => {
  if (raw === '') return null;
  const parsed = parsePartialDate(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason });
    return null;
  }
  return parsed.value;
});

function oneOf<T extends string>(values: readonly T[]) {
  return z.string().transform((raw, ctx) => {
    if (!(values as readonly string[]).includes(raw)) {
      ctx.addIssue({ code: 'custom', message: `"${raw}" is not one of ${values.join(', ')}` });
      return values[0];
    }
    return raw as T;
  });
}

const requiredText = (what: string) => z.string().min(1, `is empty; ${what} is required`);

/** An optional http(s) link: empty is null, anything else must parse as a web URL. */
export const httpUrl = z.string().transform((raw, ctx) => {
  if (raw === '') return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    ctx.addIssue({ code: 'custom', message: `"${raw}" is not an http or https link` });
    return null;
  }
  return raw;
});

const figureRowSchema = z.object({
  series: requiredText('a series slug'),
  value: decimal(true),
  qualifier: oneOf(QUALIFIERS),
  value_low: decimal(false),
  value_high: decimal(false),
  period_start: partialDate,
  period_end: partialDate,
  claimant: requiredText('the claimant (who made the claim)'),
  claimant_org: optionalText,
  via: optionalText,
  publisher: requiredText('the publisher'),
  published_on: partialDate,
  url: httpUrl,
  title: optionalText,
  quote: optionalText,
  note: optionalText,
});

const seriesRowSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id such as troops-deployed'),
  title: requiredText('a title'),
  unit: requiredText('a unit'),
  topic: oneOf(TOPICS),
  kind: oneOf(SERIES_KINDS),
  description: z.string().default(''),
});

function issuesOf(error: z.ZodError, rowNumber: number): RowIssue[] {
  return error.issues.map((issue) => ({ row: rowNumber, column: String(issue.path[0] ?? ''), message: issue.message }));
}

function withAllColumns(values: Record<string, string>, columns: { required: readonly string[]; optional: readonly string[] }) {
  const complete: Record<string, string> = {};
  for (const name of [...columns.required, ...columns.optional]) complete[name] = values[name] ?? '';
  return complete;
}

export function validateFigureRow(rowNumber: number, values: Record<string, string>): { row?: FigureRow; issues: RowIssue[] } {
  const parsed = figureRowSchema.safeParse(withAllColumns(values, FIGURE_COLUMNS));
  if (!parsed.success) return { issues: issuesOf(parsed.error, rowNumber) };
  const d = parsed.data;
  const issues: RowIssue[] = [];
  const at = (column: string, message: string) => issues.push({ row: rowNumber, column, message });
  if (d.qualifier === 'range') {
    if (d.value_low === null) at('value_low', 'is empty; a range needs its low bound');
    if (d.value_high === null) at('value_high', 'is empty; a range needs its high bound');
    if (d.value_low !== null && d.value_high !== null) {
      if (Number(d.value_low) > Number(d.value_high)) {
        at('value_low', `${d.value_low} is greater than value_high ${d.value_high}`);
      } else if (Number(d.value) < Number(d.value_low) || Number(d.value) > Number(d.value_high)) {
        at('value', `${d.value} lies outside the range ${d.value_low} to ${d.value_high}`);
      }
    }
  } else {
    if (d.value_low !== null) at('value_low', `must be empty unless qualifier is range (it is ${d.qualifier})`);
    if (d.value_high !== null) at('value_high', `must be empty unless qualifier is range (it is ${d.qualifier})`);
  }
  if (d.period_start && d.period_end && startsAfterEnd(d.period_start, d.period_end)) {
    at('period_start', `${values.period_start} is after period_end ${values.period_end}`);
  }
  if (issues.length > 0) return { issues };
  return {
    issues,
    row: {
      rowNumber,
      series: d.series,
      value: d.value as string,
      qualifier: d.qualifier,
      valueLow: d.value_low,
      valueHigh: d.value_high,
      periodStart: d.period_start,
      periodEnd: d.period_end,
      claimant: d.claimant,
      claimantOrg: d.claimant_org ?? d.claimant,
      via: d.via,
      publisher: d.publisher,
      publishedOn: d.published_on,
      url: d.url,
      title: d.title,
      quote: d.quote,
      note: d.note,
    },
  };
}

export function validateSeriesRow(rowNumber: number, values: Record<string, string>): { row?: SeriesRow; issues: RowIssue[] } {
  const parsed = seriesRowSchema.safeParse(withAllColumns(values, SERIES_COLUMNS));
  if (!parsed.success) return { issues: issuesOf(parsed.error, rowNumber) };
  return { issues: [], row: { rowNumber, ...parsed.data } };
}
