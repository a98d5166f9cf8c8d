// Who said what about the same period, and which reports only repeat an earlier claim.
//
// A repeat is the same claim carried again: the same claimant, the same stated quantity and no
// conflicting dates, published later (or by another outlet). It is shown as a repeat of the first
// report, never as independent confirmation. Claims by an unnamed source are never merged: two outlets
// citing "officials" may be citing different people.
//
// Competing estimates are figures of one series by different claimant bodies about the same time: for
// a running total or level, "as of" dates in the same month (and dates known only to the year with
// others known only to that year); for a flow, the same period. The ledger sets them side by side.
// Grouping by a fixed key rather than by overlapping spans keeps the groups as small as the question:
// one year-only figure would otherwise pull every estimate of its year into one group.

import { figureBounds } from './explorer-change';
import { formatDate as formatPartialDate, holdsOverPeriod, partialDateSpan, placeFigureSpan, type Span } from './explorer-range';
import type { FigureView, PartialDate, SeriesKind } from './types';

const UNNAMED_ORGANIZATION = 'unknown';

function samePartialDate(a: PartialDate | null, b: PartialDate | null): boolean {
  return a === null || b === null || (a.date === b.date && a.precision === b.precision);
}

const optionalNumber = (value: string | null) => (value === null ? null : Number(value));

function sameClaim(a: FigureView, b: FigureView): boolean {
  return (
    a.claimant.id === b.claimant.id &&
    a.claimant.organization !== UNNAMED_ORGANIZATION &&
    a.qualifier === b.qualifier &&
    Number(a.value) === Number(b.value) &&
    optionalNumber(a.valueLow) === optionalNumber(b.valueLow) &&
    optionalNumber(a.valueHigh) === optionalNumber(b.valueHigh) &&
    samePartialDate(a.periodStart, b.periodStart) &&
    samePartialDate(a.periodEnd, b.periodEnd)
  );
}

function datesKnown(figure: FigureView): number {
  return Number(figure.periodStart !== null) + Number(figure.periodEnd !== null) + Number(figure.publishedOn !== null);
}

/** First published first; among undated reports the one with more dates given; then the older record. */
function compareReports(a: FigureView, b: FigureView): number {
  if (a.publishedOn && b.publishedOn && a.publishedOn.date !== b.publishedOn.date) {
    return a.publishedOn.date < b.publishedOn.date ? -1 : 1;
  }
  if (a.publishedOn && !b.publishedOn) return -1;
  if (!a.publishedOn && b.publishedOn) return 1;
  return datesKnown(b) - datesKnown(a) || a.figureId - b.figureId;
}

/**
 * Which figures repeat an earlier report of the same claim: a map from the repeat's figure id to the
 * figure id of the first report.
 */
export function findRepeats(figures: FigureView[]): Map<number, number> {
  const repeats = new Map<number, number>();
  // Only figures with the same series, claimant and quantity can be the same claim: bucket by those.
  const originals = new Map<string, FigureView[]>();
  for (const figure of [...figures].sort(compareReports)) {
    const key = [figure.seriesSlug, figure.claimant.id, figure.qualifier, Number(figure.value), optionalNumber(figure.valueLow), optionalNumber(figure.valueHigh)].join('|');
    const bucket = originals.get(key) ?? [];
    const original = bucket.find((o) => sameClaim(o, figure));
    if (original) repeats.set(figure.figureId, original.figureId);
    else bucket.push(figure);
    originals.set(key, bucket);
  }
  return repeats;
}

export interface LedgerEntry {
  figure: FigureView;
  /** Later reports of the same claim. */
  repeats: FigureView[];
}

export interface LedgerPeriod {
  /** "as of Jan 2025", "in 2024", "Dec 2024 – Jan 2025" */
  label: string;
  start: number;
  end: number;
  /** One entry per independent report, ordered by value. */
  entries: LedgerEntry[];
  /** How many different bodies gave an estimate. */
  claimantCount: number;
  /** Whether every estimate allows a value the others allow too, e.g. "more than 12,000" and "about 15,000". */
  compatible: boolean;
}

/** The time a figure is compared over, as a key and its span: its month, its year, or its period. */
function comparisonPeriod(figure: FigureView, kind: SeriesKind): { key: string; span: Span; start: PartialDate; end: PartialDate } | null {
  const placed = placeFigureSpan(figure, kind);
  if (!placed.ok) return null;
  if (holdsOverPeriod(kind)) {
    const text = (d: PartialDate) => `${d.date}/${d.precision}`;
    return { key: `${text(placed.start)}|${text(placed.end)}`, span: placed.span, start: placed.start, end: placed.end };
  }
  const end = placed.end;
  const unit: PartialDate = end.precision === 'year' ? end : { date: `${end.date.slice(0, 7)}-01`, precision: 'month' };
  return { key: `${unit.date}/${unit.precision}`, span: partialDateSpan(unit), start: unit, end: unit };
}

/**
 * Whether every estimate allows a value that all the others allow too. For intervals on a line that
 * is the case exactly when the highest lower bound lies below the lowest upper bound.
 */
function allCompatible(figures: FigureView[]): boolean {
  let low = -Infinity;
  let lowStrict = false;
  let high = Infinity;
  let highStrict = false;
  for (const bounds of figures.map(figureBounds)) {
    if (bounds.low !== null && (bounds.low > low || (bounds.low === low && bounds.lowStrict))) {
      low = bounds.low;
      lowStrict = bounds.lowStrict;
    }
    if (bounds.high !== null && (bounds.high < high || (bounds.high === high && bounds.highStrict))) {
      high = bounds.high;
      highStrict = bounds.highStrict;
    }
  }
  return lowStrict || highStrict ? low < high : low <= high;
}

function periodLabel(start: PartialDate, end: PartialDate, kind: SeriesKind): string {
  if (start.date !== end.date || start.precision !== end.precision) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  return `${holdsOverPeriod(kind) ? 'in' : 'as of'} ${formatPartialDate(end)}`;
}

/**
 * The periods of one series in which two or more bodies gave estimates, oldest first. Repeats are
 * folded into the report they repeat; figures that cannot be placed in time are left out.
 */
export function groupCompetingEstimates(figures: FigureView[], kind: SeriesKind, repeats: Map<number, number>): LedgerPeriod[] {
  const byId = new Map(figures.map((f) => [f.figureId, f]));
  const entries = new Map<number, LedgerEntry>();
  for (const figure of figures) {
    if (!repeats.has(figure.figureId)) entries.set(figure.figureId, { figure, repeats: [] });
  }
  for (const [repeatId, originalId] of repeats) {
    const repeat = byId.get(repeatId);
    if (repeat) entries.get(originalId)?.repeats.push(repeat);
  }

  const clusters = new Map<string, { entries: LedgerEntry[]; span: Span; start: PartialDate; end: PartialDate }>();
  for (const entry of entries.values()) {
    const period = comparisonPeriod(entry.figure, kind);
    if (!period) continue;
    const cluster = clusters.get(period.key);
    if (cluster) cluster.entries.push(entry);
    else clusters.set(period.key, { entries: [entry], span: period.span, start: period.start, end: period.end });
  }

  return [...clusters.values()]
    .map(({ entries: members, span, start, end }) => {
      const organizations = new Set(members.map((e) => e.figure.claimant.organization));
      const sorted = [...members].sort(
        (a, b) => Number(a.figure.value) - Number(b.figure.value) || a.figure.claimant.organization.localeCompare(b.figure.claimant.organization),
      );
      return {
        label: periodLabel(start, end, kind),
        start: span.start,
        end: span.end,
        entries: sorted,
        claimantCount: organizations.size,
        compatible: allCompatible(members.map((e) => e.figure)),
      };
    })
    .filter((period) => period.claimantCount >= 2)
    .sort((a, b) => a.start - b.start);
}
