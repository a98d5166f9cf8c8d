// Time in the explorer: where a figure sits (and how wide it is), whether it falls in the chosen
// range, the preset spans offered beside the date fields, and reading dates as people type them.
//
// A figure covers a span of time, never a point: a stock (running total, level, target) holds at its
// "as of" date, which may be known only to the month or year; a flow, rate or change holds over its
// whole period. The explorer draws and filters by that span, so "2025" is never a dot on 1 Jan 2025.
import { formatPartialDate, parsePartialDate, partialDateSpan as spanOf, type ParseResult } from './period';
import type { FigureView, PartialDate, SeriesKind } from './types';

/**
 * Remembers the spans and wordings of partial dates: a view of 2,000 figures asks for the same few
 * hundred dates thousands of times. Bounded, since a long-running server sees ever new dates.
 */
function memo<T>(compute: (date: PartialDate) => T): (date: PartialDate) => T {
  const cache = new Map<string, T>();
  return (date) => {
    const key = date.date + date.precision;
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size > 20_000) cache.clear();
      value = compute(date);
      cache.set(key, value);
    }
    return value;
  };
}

/** partialDateSpan (period.ts), remembered. */
export const partialDateSpan = memo(spanOf);
/** formatPartialDate (period.ts), remembered. */
export const formatDate = memo(formatPartialDate);

export const NO_DATE_REASON = 'no date given';
export const NO_END_DATE_REASON = 'no “as of” date given';

/** Kinds whose figures hold over their whole period rather than at one date. */
const PERIOD_KINDS: ReadonlySet<SeriesKind> = new Set(['flow', 'rate', 'change']);

export function holdsOverPeriod(kind: SeriesKind): boolean {
  return PERIOD_KINDS.has(kind);
}

/** Milliseconds since the epoch, UTC; `end` is the last millisecond covered. */
export interface Span {
  start: number;
  end: number;
}

export type Placement =
  | { ok: true; span: Span; start: PartialDate; end: PartialDate }
  | { ok: false; reason: string };

/**
 * The span a figure is drawn across. A stock is drawn across its "as of" date (a day, a month or a
 * year); a running total without one ("since 2023") has no date its value holds at, so it is not
 * drawn. A flow is drawn across its whole period, or across its one known date.
 */
export function placeFigureSpan(figure: Pick<FigureView, 'periodStart' | 'periodEnd'>, kind: SeriesKind): Placement {
  const { periodStart, periodEnd } = figure;
  if (holdsOverPeriod(kind)) {
    const start = periodStart ?? periodEnd;
    const end = periodEnd ?? periodStart;
    if (!start || !end) return { ok: false, reason: NO_DATE_REASON };
    const span = { start: partialDateSpan(start).start, end: partialDateSpan(end).end };
    // A period written backwards cannot be drawn honestly either way round.
    if (span.end < span.start) return { ok: false, reason: NO_DATE_REASON };
    return { ok: true, span, start, end };
  }
  if (periodEnd) return { ok: true, span: partialDateSpan(periodEnd), start: periodEnd, end: periodEnd };
  return { ok: false, reason: periodStart ? NO_END_DATE_REASON : NO_DATE_REASON };
}

export interface DateRange {
  from: PartialDate | null;
  to: PartialDate | null;
}

/** The instants a range covers: from the first day of `from` to the last of `to`; open ends are infinite. */
export function rangeSpan(range: DateRange): Span {
  return {
    start: range.from ? partialDateSpan(range.from).start : -Infinity,
    end: range.to ? partialDateSpan(range.to).end : Infinity,
  };
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The first day after a range's last day, `YYYY-MM-DD`, for half-open SQL comparisons. */
export function rangeEndExclusive(to: PartialDate): string {
  return new Date(partialDateSpan(to).end + 1).toISOString().slice(0, 10);
}

export interface RangePreset {
  /** What the button says: "2024", "Last 12 months", "All dates". */
  label: string;
  from: PartialDate | null;
  to: PartialDate | null;
}

function month(year: number, monthIndex: number): PartialDate {
  const date = new Date(Date.UTC(year, monthIndex, 1));
  return { date: date.toISOString().slice(0, 10), precision: 'month' };
}

/**
 * The spans offered as one-click choices: all dates, the last 12 and 24 months up to `today`, and
 * each calendar year in `years` (those the chosen series have figures in), oldest first.
 */
export function rangePresets(today: Date, years: number[]): RangePreset[] {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  const presets: RangePreset[] = [
    { label: 'All dates', from: null, to: null },
    { label: 'Last 12 months', from: month(y, m - 11), to: month(y, m) },
    { label: 'Last 24 months', from: month(y, m - 23), to: month(y, m) },
  ];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const date: PartialDate = { date: `${year}-01-01`, precision: 'year' };
    presets.push({ label: String(year), from: date, to: date });
  }
  return presets;
}

/** The range in words: "Oct 2024 – Dec 2025", "from Oct 2024", "up to 2025", "all dates". */
export function describeRange(range: DateRange): string {
  if (range.from && range.to) return `${formatPartialDate(range.from)} – ${formatPartialDate(range.to)}`;
  if (range.from) return `from ${formatPartialDate(range.from)}`;
  if (range.to) return `up to ${formatPartialDate(range.to)}`;
  return 'all dates';
}

/**
 * The calendar years offered as presets: the last four always, and those up to six years back that
 * the figures in view fall in.
 */
export function presetYears(today: Date, figureYears: number[]): number[] {
  const year = today.getUTCFullYear();
  return [...figureYears, year - 3, year - 2, year - 1, year].filter((y) => y >= year - 6 && y <= year);
}

/** Whether a preset is the range in view. */
export function isCurrentPreset(preset: RangePreset, range: DateRange): boolean {
  const same = (a: PartialDate | null, b: PartialDate | null) => (a === null ? b === null : b !== null && a.date === b.date && a.precision === b.precision);
  return same(preset.from, range.from) && same(preset.to, range.to);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(word: string): number | null {
  const index = MONTH_NAMES.indexOf(word.slice(0, 3).toLowerCase());
  if (index < 0) return null;
  // "Sept" and "September" are fine, "Sepx" is not.
  const full = new Date(Date.UTC(2000, index, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }).toLowerCase();
  const lower = word.toLowerCase().replace(/\.$/, '');
  return full.startsWith(lower) || lower === 'sept' ? index + 1 : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date as someone types it on any keyboard: `2024`, `2024-10`, `2024-10-05`, `2024/10`,
 * `10/2024`, `Oct 2024`, `5 October 2024`. The result keeps the precision that was typed. Day-first
 * numeric dates (`05/10/2024`) are refused: they read differently in the US and in Europe.
 */
export function parseTypedDate(text: string): ParseResult<PartialDate> {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { ok: false, reason: 'Type a date such as 2024, 2024-10 or Oct 2024' };
  let iso: string | null = null;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(trimmed))) {
    iso = match[1] + (match[2] ? `-${pad(Number(match[2]))}` : '') + (match[3] ? `-${pad(Number(match[3]))}` : '');
  } else if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(trimmed))) {
    iso = `${match[2]}-${pad(Number(match[1]))}`;
  } else if ((match = /^(?:(\d{1,2}) )?([A-Za-z]+\.?),? (\d{4})$/.exec(trimmed))) {
    const monthIndex = monthNumber(match[2]);
    if (monthIndex === null) return { ok: false, reason: `“${match[2]}” is not a month` };
    iso = `${match[3]}-${pad(monthIndex)}` + (match[1] ? `-${pad(Number(match[1]))}` : '');
  } else if ((match = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(trimmed))) {
    const monthIndex = monthNumber(match[1]);
    if (monthIndex === null) return { ok: false, reason: `“${match[1]}” is not a month` };
    iso = `${match[3]}-${pad(monthIndex)}-${pad(Number(match[2]))}`;
  }
  if (iso === null) {
    return { ok: false, reason: `“${trimmed}” is not a date this form reads; try 2024, 2024-10, Oct 2024 or 2024-10-05` };
  }
  return parsePartialDate(iso);
}
