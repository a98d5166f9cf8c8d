// Dates at their real precision: "2025" stays a year and is never shown as "1 Jan 2025".
import type { DatePrecision, PartialDate, SeriesKind } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates that do not exist. */
export function parsePartialDate(text: string): ParseResult<PartialDate> {
  const match = PATTERN.exec(text.trim());
  if (!match) {
    return { ok: false, reason: `"${text}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) {
    return { ok: false, reason: `"${text}" has an implausible year ${year}` };
  }
  if (match[2] === undefined) {
    return { ok: true, value: { date: `${match[1]}-01-01`, precision: 'year' } };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `"${text}" has no month ${match[2]}` };
  }
  if (match[3] === undefined) {
    return { ok: true, value: { date: `${match[1]}-${match[2]}-01`, precision: 'month' } };
  }
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${text}" is not a real date: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days` };
  }
  return { ok: true, value: { date: `${match[1]}-${match[2]}-${match[3]}`, precision: 'day' } };
}

/** The text a partial date was written as: `2025`, `2025-07` or `2025-07-13`. */
export function partialDateToIso(value: PartialDate): string {
  if (value.precision === 'year') return value.date.slice(0, 4);
  if (value.precision === 'month') return value.date.slice(0, 7);
  return value.date;
}

/** A partial date from a stored `date` column and its precision. */
export function partialDateFromDb(date: Date | null, precision: DatePrecision | null): PartialDate | null {
  if (!date || !precision) return null;
  const iso = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return { date: iso, precision };
}

/** The stored `date` for a partial date: midnight UTC of the first day it covers. */
export function partialDateToDb(value: PartialDate): Date {
  return new Date(`${value.date}T00:00:00.000Z`);
}

/** Human wording: `2025`, `Jul 2025`, `13 Jul 2025`. */
export function formatPartialDate(value: PartialDate): string {
  const [year, month, day] = value.date.split('-').map(Number);
  if (value.precision === 'year') return String(year);
  if (value.precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** First and last instant (ms since epoch, UTC) the partial date covers: its whole year, month or day. */
export function partialDateSpan(value: PartialDate): { start: number; end: number } {
  const start = Date.parse(`${value.date}T00:00:00.000Z`);
  const d = new Date(start);
  if (value.precision === 'year') {
    return { start, end: Date.UTC(d.getUTCFullYear() + 1, 0, 1) - 1 };
  }
  if (value.precision === 'month') {
    return { start, end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1 };
  }
  return { start, end: start + 86_400_000 - 1 };
}

/** Orders partial dates by the first instant they cover; a coarser date sorts before a finer one on the same day. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return partialDateSpan(a).start - partialDateSpan(b).start || partialDateSpan(b).end - partialDateSpan(a).end;
}

/** True when `start` begins after the last instant `end` covers: "2024-06" to "2024" is a valid period. */
export function startsAfterEnd(start: PartialDate, end: PartialDate): boolean {
  // ISO dates compare as text; the importer asks this of every row, so no Date objects are made.
  return start.date > lastDayOf(end);
}

/** The last day a partial date covers, `YYYY-MM-DD`. */
function lastDayOf(value: PartialDate): string {
  if (value.precision === 'day') return value.date;
  if (value.precision === 'year') return `${value.date.slice(0, 4)}-12-31`;
  const year = Number(value.date.slice(0, 4));
  const month = Number(value.date.slice(5, 7));
  return `${value.date.slice(0, 8)}${pad(daysInMonth(year, month))}`;
}

function samePeriod(a: PartialDate, b: PartialDate): boolean {
  return a.date === b.date && a.precision === b.precision;
}

/**
 * The reference period in words, shaped by what the series counts: a running total is "as of" its
 * end date, a flow covers its whole period, a target is "by" its date.
 */
export function formatPeriod(start: PartialDate | null, end: PartialDate | null, kind: SeriesKind): string {
  if (!start && !end) return 'date not given';
  if (start && end && samePeriod(start, end)) return `in ${formatPartialDate(start)}`;
  if (kind === 'flow' || kind === 'change' || kind === 'rate') {
    if (start && end) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
    if (start) return `from ${formatPartialDate(start)}`;
    return `up to ${formatPartialDate(end as PartialDate)}`;
  }
  const endWord = kind === 'target' ? 'by' : 'as of';
  if (start && end) return `since ${formatPartialDate(start)}, ${endWord} ${formatPartialDate(end)}`;
  if (start) return `since ${formatPartialDate(start)}`;
  return `${endWord} ${formatPartialDate(end as PartialDate)}`;
}
