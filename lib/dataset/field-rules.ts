// The rules for one field's value, and the one walker that applies a record's rules to what was sent,
// shared by the figure, series and event schemas. A rule takes what the caller sent (a CSV cell is
// always a string; a form or the API may send numbers, nulls or dates as { date, precision }) and
// returns the stored form, reporting what is wrong in words a person fixing a spreadsheet
// understands. Plain functions rather than zod: the importer runs them on 100,000 rows in a second.
import { parsePartialDate, partialDateToIso } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';
import { textProblem, type TextRule } from './text-rules';

export interface FieldIssue {
  /** The field as the read API names it, e.g. "valueLow" or "claimant.name". */
  field: string;
  message: string;
}

export type Report = (message: string) => void;
/** A field's rule: the stored value, after reporting anything wrong (the value is then unused). */
export type Rule<T> = (raw: unknown, report: Report) => T;

interface ObjectRule<S extends Shape> {
  object: S;
  /** How the object looks, for the message when something else was sent: `{ "name" }`. */
  looks: string;
}

export type Shape = { [field: string]: Rule<unknown> | ObjectRule<Shape> };

export type Parsed<S extends Shape> = {
  [K in keyof S]: S[K] extends Rule<infer T> ? T : S[K] extends ObjectRule<infer N> ? Parsed<N> : never;
};

export function object<S extends Shape>(shape: S, looks: string): ObjectRule<S> {
  return { object: shape, looks };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function walk<S extends Shape>(shape: S, input: Record<string, unknown>, prefix: string, issues: FieldIssue[]): Parsed<S> {
  const out: Record<string, unknown> = {};
  // One reporter for every field, told which field it reports on: 100,000 rows of 16 fields would
  // otherwise make 1.6 million closures.
  let field = '';
  const report: Report = (message) => issues.push({ field, message });
  for (const key in shape) {
    field = prefix + key;
    const rule = shape[key];
    const raw = input[key];
    if (typeof rule === 'function') {
      out[key] = rule(raw, report);
    } else if (isPlainObject(raw)) {
      out[key] = walk(rule.object, raw, `${field}.`, issues);
    } else {
      issues.push({ field, message: raw === undefined || raw === null ? `is required: ${rule.looks}` : `must be an object ${rule.looks}` });
    }
  }
  for (const key in input) {
    if (!(key in shape)) issues.push({ field: prefix + key, message: 'is not a field; the fields are named as the read API names them' });
  }
  return out as Parsed<S>;
}

/** Applies a record's rules to what was sent: the record when every field is fine, else every issue. */
export function parseShape<S extends Shape>(shape: S, input: unknown): { ok: true; value: Parsed<S> } | { ok: false; issues: FieldIssue[] } {
  if (!isPlainObject(input)) return { ok: false, issues: [{ field: '', message: 'must be an object with the record’s fields' }] };
  const issues: FieldIssue[] = [];
  const value = walk(shape, input, '', issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

const SINGLE_LINE: TextRule = { multiline: false };
const PROSE: TextRule = { multiline: true };

/** The text of a value that should be text: trimmed; null for absent or empty. */
function textOf(raw: unknown, report: Report, rule: TextRule): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') {
    report(`must be text, not ${typeof raw}`);
    return null;
  }
  const text = raw.trim();
  if (text === '') return null;
  const problem = textProblem(text, rule);
  if (problem) report(problem);
  return text;
}

export const optionalText = (rule: TextRule = SINGLE_LINE): Rule<string | null> => (raw, report) => textOf(raw, report, rule);

export const optionalProse = () => optionalText(PROSE);

const isEmpty = (raw: unknown) => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

export function requiredText(what: string, whenEmpty = `is empty; ${what} is required`, rule: TextRule = SINGLE_LINE): Rule<string> {
  return (raw, report) => {
    if (isEmpty(raw)) {
      report(whenEmpty);
      return '';
    }
    return textOf(raw, report, rule) ?? '';
  };
}

/** Prose that may be empty but is stored as text, not null (a series' or event's description). */
export const prose = (): Rule<string> => (raw, report) => textOf(raw, report, PROSE) ?? '';

/** Canonical text of a decimal, so that "1500000.0" and "1500000" are the same value. */
export function normaliseDecimal(raw: string): string {
  const negative = raw.startsWith('-');
  const digits = negative ? raw.slice(1) : raw;
  const dot = digits.indexOf('.');
  let whole = dot < 0 ? digits : digits.slice(0, dot);
  let fraction = dot < 0 ? '' : digits.slice(dot + 1);
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && text !== '0' ? `-${text}` : text;
}

/** DECIMAL(24, 6): what the database keeps exactly. */
const MAX_WHOLE_DIGITS = 18;
const MAX_FRACTION_DIGITS = 6;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const THOUSANDS = /^-?\d{1,3}([,  ']\d{3})+(\.\d+)?$/;

/** What was sent for a number, as text: '' when nothing was; null (reported) when it cannot be one. */
function decimalText(raw: unknown, report: Report): string | null {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) {
      report(`${raw} is not a number that can be stored`);
      return null;
    }
    const text = String(raw);
    if (!/e/i.test(text)) return text;
    report(`${text} is too large or too small; send it as a decimal string`);
    return null;
  }
  if (typeof raw !== 'string') {
    report(`must be a decimal number, not ${typeof raw}`);
    return null;
  }
  return raw.trim();
}

export function decimal(required: boolean): Rule<string | null> {
  return (raw, report) => {
    const text = decimalText(raw, report);
    if (text === null) return null;
    if (text === '') {
      if (required) report('is empty; a number is required');
      return null;
    }
    if (!DECIMAL.test(text)) {
      if (THOUSANDS.test(text)) report(`"${text}" has thousands separators; write it as ${text.replace(/[,  ']/g, '')}`);
      else report(textProblem(text, SINGLE_LINE) ?? `"${text}" is not a plain decimal number such as 12000 or 2.5`);
      return null;
    }
    const value = normaliseDecimal(text);
    const unsigned = value.startsWith('-') ? value.slice(1) : value;
    const dot = unsigned.indexOf('.');
    if ((dot < 0 ? unsigned.length : dot) > MAX_WHOLE_DIGITS) report(`"${text}" has more than ${MAX_WHOLE_DIGITS} digits before the decimal point`);
    else if (dot >= 0 && unsigned.length - dot - 1 > MAX_FRACTION_DIGITS) report(`"${text}" has more than ${MAX_FRACTION_DIGITS} decimal places`);
    return value;
  };
}

// A file of 100,000 rows names a few thousand distinct dates: each is parsed once. Bounded, so that a
// long-running server does not keep every date it was ever sent.
const DATE_CACHE_LIMIT = 10_000;
const parsedDates = new Map<string, ReturnType<typeof parsePartialDate>>();

/** Frozen, so that the rows naming one date can share its object. */
function parseDateOnce(text: string): ReturnType<typeof parsePartialDate> {
  let parsed = parsedDates.get(text);
  if (parsed === undefined) {
    parsed = parsePartialDate(text);
    if (parsed.ok) Object.freeze(parsed.value);
    if (parsedDates.size >= DATE_CACHE_LIMIT) parsedDates.clear();
    parsedDates.set(text, parsed);
  }
  return parsed;
}

const PRECISIONS: readonly unknown[] = ['year', 'month', 'day'];
const DATE_SHAPE = 'must be a date such as "2025-03", or { "date": "2025-03-01", "precision": "month" }';

/** What was sent for a date, as text: '' when nothing was; null (reported) when it cannot be one. */
function dateText(raw: unknown, report: Report): string | null {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'string') {
    const text = raw.trim();
    const problem = textProblem(text, SINGLE_LINE);
    if (!problem) return text;
    report(problem);
    return null;
  }
  if (isPlainObject(raw) && typeof raw.date === 'string' && PRECISIONS.includes(raw.precision)) {
    const parsed = parseDateOnce(raw.date);
    if (parsed.ok) return partialDateToIso({ date: parsed.value.date, precision: raw.precision as PartialDate['precision'] });
  }
  report(DATE_SHAPE);
  return null;
}

/** A date at its precision, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or as the API gives it, { date, precision }. */
export function partialDate(whenEmpty: string | null = null): Rule<PartialDate | null> {
  return (raw, report) => {
    const text = dateText(raw, report);
    if (text === null) return null;
    if (text === '') {
      if (whenEmpty) report(whenEmpty);
      return null;
    }
    const parsed = parseDateOnce(text);
    if (parsed.ok) return parsed.value;
    report(parsed.reason);
    return null;
  };
}

export function oneOf<T extends string>(values: readonly T[]): Rule<T> {
  return (raw, report) => {
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (typeof text === 'string' && (values as readonly string[]).includes(text)) return text as T;
    report(`${JSON.stringify(text ?? '')} is not one of ${values.join(', ')}`);
    return values[0];
  };
}

/** An optional http(s) link: empty is null, anything else must parse as a web URL. */
export const httpUrl: Rule<string | null> = (raw, report) => {
  let problem = false;
  const text = textOf(raw, () => (problem = true), SINGLE_LINE);
  if (problem) return textOf(raw, report, SINGLE_LINE);
  if (text === null) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(text);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) report(`"${text}" is not an http or https link`);
  return text;
};

export const slug = (example: string): Rule<string> => (raw, report) => {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(text)) report(`must be a kebab-case id such as ${example}`);
  return text;
};
