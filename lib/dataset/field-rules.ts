// The rules for one field's value, shared by the figure, series and event schemas. Each rule takes
// what the caller sent (a CSV cell is always a string; a form or the API may send numbers, nulls or
// dates as { date, precision }) and either returns the stored form or adds an issue that says what is
// wrong with it, in words a person fixing a spreadsheet understands.
import { z } from 'zod';
import { parsePartialDate, partialDateToIso } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';
import { textProblem, type TextRule } from './text-rules';

const SINGLE_LINE: TextRule = { multiline: false };
const PROSE: TextRule = { multiline: true };

/** DECIMAL(24, 6): what the database keeps exactly. */
const MAX_WHOLE_DIGITS = 18;
const MAX_FRACTION_DIGITS = 6;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const THOUSANDS = /^-?\d{1,3}([,  ']\d{3})+(\.\d+)?$/;

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, message: string): null {
  ctx.addIssue({ code: 'custom', message });
  return null;
}

/** The text of a value that should be text: trimmed; null for absent or empty. */
function textOf(raw: unknown, ctx: Ctx, rule: TextRule): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') return fail(ctx, `must be text, not ${raw === null ? 'null' : typeof raw}`);
  const text = raw.trim();
  if (text === '') return null;
  const problem = textProblem(text, rule);
  return problem ? fail(ctx, problem) : text;
}

export function optionalText(rule: TextRule = SINGLE_LINE) {
  return z.unknown().transform((raw, ctx) => textOf(raw, ctx, rule));
}

export const optionalProse = () => optionalText(PROSE);

export function requiredText(what: string, whenEmpty = `is empty; ${what} is required`, rule: TextRule = SINGLE_LINE) {
  return z.unknown().transform((raw, ctx): string => {
    const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
    if (empty) return fail(ctx, whenEmpty) ?? '';
    return textOf(raw, ctx, rule) ?? '';
  });
}

/** Prose that may be empty but is stored as text, not null (a series' or event's description). */
export function prose() {
  return z.unknown().transform((raw, ctx): string => textOf(raw, ctx, PROSE) ?? '');
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

/** What was sent for a number, as text: '' when nothing was; null (with an issue) when it cannot be one. */
function decimalText(raw: unknown, ctx: Ctx): string | null {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail(ctx, `${raw} is not a number that can be stored`);
    const text = String(raw);
    return /e/i.test(text) ? fail(ctx, `${text} is too large or too small; send it as a decimal string`) : text;
  }
  if (typeof raw !== 'string') return fail(ctx, `must be a decimal number, not ${typeof raw}`);
  return raw.trim();
}

export function decimal(required: boolean) {
  return z.unknown().transform((raw, ctx): string | null => {
    const text = decimalText(raw, ctx);
    if (text === null) return null;
    if (text === '') return required ? fail(ctx, 'is empty; a number is required') : null;
    if (THOUSANDS.test(text)) return fail(ctx, `"${text}" has thousands separators; write it as ${text.replace(/[,  ']/g, '')}`);
    if (!DECIMAL.test(text)) {
      return fail(ctx, textProblem(text, SINGLE_LINE) ?? `"${text}" is not a plain decimal number such as 12000 or 2.5`);
    }
    const value = normaliseDecimal(text);
    const [whole, fraction = ''] = value.replace(/^-/, '').split('.');
    if (whole.length > MAX_WHOLE_DIGITS) return fail(ctx, `"${text}" has more than ${MAX_WHOLE_DIGITS} digits before the decimal point`);
    if (fraction.length > MAX_FRACTION_DIGITS) return fail(ctx, `"${text}" has more than ${MAX_FRACTION_DIGITS} decimal places`);
    return value;
  });
}

const PRECISIONS: readonly unknown[] = ['year', 'month', 'day'];

/** What was sent for a date, as text: '' when nothing was; null (with an issue) when it cannot be one. */
function dateText(raw: unknown, ctx: Ctx): string | null {
  if (raw === undefined || raw === null) return '';
  if (typeof raw === 'object' && 'date' in raw && 'precision' in raw) {
    const { date, precision } = raw as { date: unknown; precision: unknown };
    const parsed = typeof date === 'string' ? parsePartialDate(date) : null;
    if (!parsed?.ok || !PRECISIONS.includes(precision)) {
      return fail(ctx, 'must be a date such as "2025-03", or { "date": "2025-03-01", "precision": "month" }');
    }
    return partialDateToIso({ date: parsed.value.date, precision: precision as PartialDate['precision'] });
  }
  if (typeof raw !== 'string') return fail(ctx, 'must be a date such as "2025-03", or { "date": "2025-03-01", "precision": "month" }');
  const text = raw.trim();
  const problem = textProblem(text, SINGLE_LINE);
  return problem ? fail(ctx, problem) : text;
}

// A file of 100,000 rows names a few thousand distinct dates: each is parsed once. Bounded, so that a
// long-running server does not keep every date it was ever sent.
const DATE_CACHE_LIMIT = 10_000;
const parsedDates = new Map<string, ReturnType<typeof parsePartialDate>>();

function parseDateOnce(text: string): ReturnType<typeof parsePartialDate> {
  let parsed = parsedDates.get(text);
  if (parsed === undefined) {
    parsed = parsePartialDate(text);
    if (parsedDates.size >= DATE_CACHE_LIMIT) parsedDates.clear();
    parsedDates.set(text, parsed);
  }
  return parsed;
}

/** A date at its precision, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or as the API gives it, { date, precision }. */
export function partialDate(whenEmpty: string | null = null) {
  return z.unknown().transform((raw, ctx): PartialDate | null => {
    const text = dateText(raw, ctx);
    if (text === null) return null;
    if (text === '') return whenEmpty ? fail(ctx, whenEmpty) : null;
    const parsed = parseDateOnce(text);
    return parsed.ok ? { ...parsed.value } : fail(ctx, parsed.reason);
  });
}

export function oneOf<T extends string>(values: readonly T[]) {
  return z.unknown().transform((raw, ctx): T => {
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (typeof text !== 'string' || !(values as readonly string[]).includes(text)) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(text ?? '')} is not one of ${values.join(', ')}` });
      return values[0];
    }
    return text as T;
  });
}

/** An optional http(s) link: empty is null, anything else must parse as a web URL. */
export const httpUrl = z.unknown().transform((raw, ctx): string | null => {
  const text = textOf(raw, ctx, SINGLE_LINE);
  if (text === null) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(text);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return fail(ctx, `"${text}" is not an http or https link`);
  return text;
});

export const slug = (example: string) =>
  z.unknown().transform((raw, ctx): string => {
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(text)) ctx.addIssue({ code: 'custom', message: `must be a kebab-case id such as ${example}` });
    return text;
  });

/**
 * The input with every field the shape names present, absent ones as null: a missing field means
 * "empty" to these rules, as an empty CSV cell does, while zod would refuse a missing key outright.
 * Nested objects (the claimant) are filled the same way; anything that is not an object is left for
 * the schema to refuse.
 */
export function withAbsentAsNull(input: unknown, shape: Record<string, unknown>): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const source = input as Record<string, unknown>;
  // Copied only when something is missing: a CSV row arrives complete, 100,000 times.
  let filled: Record<string, unknown> | null = null;
  for (const key in shape) {
    const nested = shape[key];
    const value = source[key];
    if (value === undefined) {
      filled ??= { ...source };
      filled[key] = nested === true ? null : undefined;
    } else if (nested !== true) {
      const inner = withAbsentAsNull(value, nested as Record<string, unknown>);
      if (inner !== value) {
        filled ??= { ...source };
        filled[key] = inner;
      }
    }
  }
  return filled ?? input;
}

/** An issue of a zod parse as a field path ("claimant.name") and its message. */
export function fieldIssues(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const prefix = issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
      return { field: `${prefix}${issue.keys.join(', ')}`, message: `is not a field; the fields are named as the read API names them` };
    }
    return { field: issue.path.join('.'), message: issue.message };
  });
}
