// The URL state of the public history: the corrections log (/changes), one revision's changes
// (/changes/<rev>) and the feed (/changes.atom). Which series (s=, comma-separated, as in the
// explorer's links) and which page (page=). The one place that reads and writes it: a value it cannot
// use is dropped with a reason the page shows, only non-default values are written, and parameters
// it does not know (tracking tags added by other sites) are left alone without comment.
import { MAX_SERIES, type RawParams } from '@/lib/view-state';

export interface HistoryQuery {
  series: string[];
  page: number;
}

export const DEFAULT_HISTORY_QUERY: HistoryQuery = { series: [], page: 1 };

/** Postgres' `integer`: no list is this long, and larger numbers are not worth reading. */
const MAX_PAGE = 2_147_483_647;

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function quote(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

/** The series slugs a URL asks for, unchecked, without repeats, so the page looks up just these. */
export function requestedHistorySeries(params: RawParams): string[] {
  const raw = first(params, 's');
  if (raw === undefined) return [];
  return [...new Set(raw.split(',').map((slug) => slug.trim()).filter(Boolean))];
}

export interface ParsedHistoryQuery {
  query: HistoryQuery;
  /** One sentence per ignored value, naming it and why. */
  notices: string[];
  /** The slugs asked for that name no series. */
  unknownSeries: string[];
}

export function parseHistoryQuery(params: RawParams, knownSeries: ReadonlySet<string>): ParsedHistoryQuery {
  const notices: string[] = [];
  const requested = requestedHistorySeries(params);
  const unknown = requested.filter((slug) => !knownSeries.has(slug));
  if (unknown.length > 0) notices.push(`Ignored unknown series ${unknown.map(quote).join(', ')}.`);
  let series = requested.filter((slug) => knownSeries.has(slug));
  if (series.length > MAX_SERIES) {
    notices.push(`Filtering by the first ${MAX_SERIES} of ${series.length} series.`);
    series = series.slice(0, MAX_SERIES);
  }

  let page = DEFAULT_HISTORY_QUERY.page;
  const rawPage = first(params, 'page');
  if (rawPage !== undefined) {
    if (/^\d{1,10}$/.test(rawPage) && Number(rawPage) >= 1 && Number(rawPage) <= MAX_PAGE) page = Number(rawPage);
    else notices.push(`Ignored page=${quote(rawPage)}: a page is a whole number from 1.`);
  }
  return { query: { series, page }, notices, unknownSeries: unknown };
}

/** The query string for a state (without "?"), writing only what differs from the defaults. */
export function serializeHistoryQuery(query: HistoryQuery): string {
  const parts: string[] = [];
  // Commas are kept literal: slugs never contain them, and the URL stays readable.
  if (query.series.length > 0) parts.push(`s=${query.series.map(encodeURIComponent).join(',')}`);
  if (query.page !== DEFAULT_HISTORY_QUERY.page) parts.push(`page=${query.page}`);
  return parts.join('&');
}

export function historyHref(path: string, query: HistoryQuery): string {
  const search = serializeHistoryQuery(query);
  return search ? `${path}?${search}` : path;
}

/** How many pages a list of `total` items fills, at least one so that an empty list has its page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
