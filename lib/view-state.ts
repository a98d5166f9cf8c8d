// The explorer's whole view lives in its URL. This is the one place that reads and writes it: every
// rejected value comes back with a reason the page shows, and only non-default values are written, so
// links stay short and readable, e.g. /explore?s=troops-deployed,troop-casualties&from=2024-10&to=2025-12
import { parsePartialDate, partialDateToIso, startsAfterEnd } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';

export const MODES = ['absolute', 'change', 'indexed'] as const;
export type Mode = (typeof MODES)[number];

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** The URL format's version; links written by older formats are migrated by `migrateParams`. */
export const VIEW_STATE_VERSION = 1;
export const MAX_SERIES = 20;
/** How many of the series a link names are looked up at all; the rest are ignored with a notice. */
export const MAX_NAMED_SERIES = 50;
/** How many ignored values one notice names before it says how many more there are. */
const NAMED_IN_NOTICE = 5;

export interface ViewState {
  series: string[];
  from: PartialDate | null;
  to: PartialDate | null;
  mode: Mode;
  view: View;
  /** A dataset revision the view is pinned to; null shows the latest data. */
  rev: number | null;
}

export const DEFAULT_VIEW_STATE: ViewState = { series: [], from: null, to: null, mode: 'absolute', view: 'chart', rev: null };

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

export interface ParsedViewState {
  state: ViewState;
  /** One sentence per ignored value, naming it and why. */
  notices: string[];
}

const KNOWN_PARAMS = new Set(['s', 'from', 'to', 'mode', 'view', 'rev', 'v']);

function toRecord(params: RawParams): Record<string, string> {
  const record: Record<string, string> = {};
  if (params instanceof URLSearchParams) {
    params.forEach((value, key) => {
      record[key] ??= value;
    });
    return record;
  }
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) record[key] = first;
  }
  return record;
}

/** Old link formats, oldest first: each step takes version N-1 params to version N. */
const MIGRATIONS: ((params: Record<string, string>) => Record<string, string>)[] = [];

function migrateParams(params: Record<string, string>, notices: string[]): Record<string, string> {
  // Links without v= were written by the first format, which never wrote it.
  const declared = params.v === undefined ? 1 : Number(params.v);
  if (!Number.isInteger(declared) || declared < 1 || declared > VIEW_STATE_VERSION) {
    notices.push(`Ignored link format version "${params.v}": this site reads versions 1 to ${VIEW_STATE_VERSION}.`);
    return params;
  }
  return MIGRATIONS.slice(declared - 1).reduce((acc, step) => step(acc), params);
}

function quote(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `"${shown}"`;
}

/** The distinct slugs of an s= value, in order. */
function splitSeries(value: string | undefined): string[] {
  return value === undefined ? [] : [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
}

/** `"a", "b", "c" and 12 more`: a few of the values, so a notice stays short however many there are. */
function someOf(values: string[]): string {
  const named = values.slice(0, NAMED_IN_NOTICE).map(quote).join(', ');
  return values.length > NAMED_IN_NOTICE ? `${named} and ${values.length - NAMED_IN_NOTICE} more` : named;
}

/**
 * The series slugs a URL asks for, unchecked and without repeats, at most MAX_NAMED_SERIES of them.
 * The page looks up just these to learn which exist (rather than loading every series), then hands
 * them to `parseViewState`.
 */
export function requestedSeries(params: RawParams): string[] {
  return splitSeries(migrateParams(toRecord(params), []).s).slice(0, MAX_NAMED_SERIES);
}

/**
 * Reads a URL's parameters into a view state. `knownSeries` decides which slugs exist; unknown ones,
 * bad dates, a start after the end and unknown values are dropped with a notice, never an error.
 */
export function parseViewState(params: RawParams, knownSeries: ReadonlySet<string>): ParsedViewState {
  const notices: string[] = [];
  const raw = migrateParams(toRecord(params), notices);
  const state: ViewState = { ...DEFAULT_VIEW_STATE, series: [] };

  const unknownParams = Object.keys(raw).filter((key) => !KNOWN_PARAMS.has(key));
  if (unknownParams.length > 0) notices.push(`Ignored unknown parameter${unknownParams.length > 1 ? 's' : ''} ${someOf(unknownParams)}.`);

  if (raw.s !== undefined) {
    const named = splitSeries(raw.s);
    const unknown: string[] = [];
    for (const slug of named.slice(0, MAX_NAMED_SERIES)) {
      if (!knownSeries.has(slug)) unknown.push(slug);
      else state.series.push(slug);
    }
    if (unknown.length > 0) notices.push(`Ignored unknown series ${someOf(unknown)}.`);
    if (named.length > MAX_NAMED_SERIES) {
      notices.push(`Ignored the last ${named.length - MAX_NAMED_SERIES} of the ${named.length} series named: a link is read up to its first ${MAX_NAMED_SERIES}.`);
    }
    if (state.series.length > MAX_SERIES) {
      notices.push(`Showing the first ${MAX_SERIES} of ${state.series.length} series.`);
      state.series = state.series.slice(0, MAX_SERIES);
    }
  }

  for (const key of ['from', 'to'] as const) {
    if (raw[key] === undefined || raw[key] === '') continue;
    const parsed = parsePartialDate(raw[key]);
    if (parsed.ok) state[key] = parsed.value;
    else notices.push(`Ignored ${key}=${quote(raw[key])}: ${parsed.reason}.`);
  }
  if (state.from && state.to && startsAfterEnd(state.from, state.to)) {
    notices.push(`Ignored the time range: from ${partialDateToIso(state.from)} is after to ${partialDateToIso(state.to)}.`);
    state.from = null;
    state.to = null;
  }

  if (raw.mode !== undefined) {
    if ((MODES as readonly string[]).includes(raw.mode)) state.mode = raw.mode as Mode;
    else notices.push(`Ignored mode=${quote(raw.mode)}: the modes are ${MODES.join(', ')}.`);
  }
  if (raw.view !== undefined) {
    if ((VIEWS as readonly string[]).includes(raw.view)) state.view = raw.view as View;
    else notices.push(`Ignored view=${quote(raw.view)}: the views are ${VIEWS.join(', ')}.`);
  }
  if (raw.rev !== undefined) {
    const rev = Number(raw.rev);
    if (/^\d+$/.test(raw.rev) && rev >= 1 && Number.isSafeInteger(rev)) state.rev = rev;
    else notices.push(`Ignored rev=${quote(raw.rev)}: a revision is a whole number from 1.`);
  }
  return { state, notices };
}

/** The query string for a state (without "?"), writing only what differs from the defaults. */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  // Commas are kept literal: slugs never contain them, and the URL stays readable.
  if (state.series.length > 0) parts.push(`s=${state.series.map(encodeURIComponent).join(',')}`);
  if (state.from) parts.push(`from=${partialDateToIso(state.from)}`);
  if (state.to) parts.push(`to=${partialDateToIso(state.to)}`);
  if (state.mode !== DEFAULT_VIEW_STATE.mode) parts.push(`mode=${state.mode}`);
  if (state.view !== DEFAULT_VIEW_STATE.view) parts.push(`view=${state.view}`);
  if (state.rev !== null) parts.push(`rev=${state.rev}`);
  return parts.join('&');
}

/** A path with the state's query string, e.g. `/explore?s=troops-deployed`. */
export function viewStateHref(pathname: string, state: ViewState): string {
  const query = serializeViewState(state);
  return query ? `${pathname}?${query}` : pathname;
}
