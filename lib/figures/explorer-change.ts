// Change between two figures, and figures indexed to a baseline, with their qualifiers carried
// through. A figure is read as the set of values it allows: "more than 10,000" is (10,000, ∞),
// "up to 4.8 million" is (…, 4.8 million], "4 to 6 million" is [4, 6] million, "about 15,000" is
// 15,000 marked approximate. Arithmetic on those sets gives what the two figures really say about the
// change: from "more than 10,000" to "about 15,000" is "less than about 5,000 more", not "+5,000".
//
// Changes are only ever computed between figures of the same claimant; two bodies' estimates are
// competing claims, and their difference would be a number nobody stated.
import { describeValue, formatNumber } from './wording';
import type { FigureView, Qualifier } from './types';

/** The values a figure allows. A missing side (null) is unbounded: the figure says nothing about it. */
export interface Bounds {
  low: number | null;
  high: number | null;
  /** "more than" excludes its bound; "at least" includes it. */
  lowStrict: boolean;
  highStrict: boolean;
  /** Set when either figure was "about": the bounds are themselves approximate. */
  approximate: boolean;
}

export type Quantity = Pick<FigureView, 'value' | 'qualifier' | 'valueLow' | 'valueHigh'>;

export function figureBounds(figure: Quantity): Bounds {
  const v = Number(figure.value);
  const base = { lowStrict: false, highStrict: false, approximate: false };
  switch (figure.qualifier) {
    case 'exact':
      return { ...base, low: v, high: v };
    case 'approx':
      return { ...base, low: v, high: v, approximate: true };
    case 'at_least':
      return { ...base, low: v, high: null };
    case 'more_than':
      return { ...base, low: v, high: null, lowStrict: true };
    case 'up_to':
      return { ...base, low: null, high: v };
    case 'less_than':
      return { ...base, low: null, high: v, highStrict: true };
    case 'range':
      return {
        ...base,
        low: figure.valueLow === null ? v : Number(figure.valueLow),
        high: figure.valueHigh === null ? v : Number(figure.valueHigh),
      };
  }
}

/** end − start: the smallest change the two allow is end's low minus start's high, and so on. */
export function subtractBounds(end: Bounds, start: Bounds): Bounds {
  return {
    low: end.low === null || start.high === null ? null : end.low - start.high,
    high: end.high === null || start.low === null ? null : end.high - start.low,
    lowStrict: end.lowStrict || start.highStrict,
    highStrict: end.highStrict || start.lowStrict,
    approximate: end.approximate || start.approximate,
  };
}

/**
 * value ÷ base, for a base whose low side is known and above zero (nothing can be divided by a
 * value that might be zero). A base open upwards leaves the ratio open downwards: "x ÷ more than
 * 10,000" is at most x ÷ 10,000, and at least nothing worth saying.
 */
export function divideBounds(value: Bounds, base: Bounds): Bounds | null {
  if (base.low === null || base.low <= 0) return null;
  const low = base.low;
  const high = base.high;
  const ratioLow = value.low === null ? null : value.low >= 0 ? (high === null ? null : value.low / high) : value.low / low;
  const ratioHigh = value.high === null ? null : value.high >= 0 ? value.high / low : high === null ? null : value.high / high;
  return {
    low: ratioLow,
    high: ratioHigh,
    lowStrict: value.lowStrict || base.highStrict,
    highStrict: value.highStrict || base.lowStrict,
    approximate: value.approximate || base.approximate,
  };
}

function scaleBounds(bounds: Bounds, factor: number, offset = 0): Bounds {
  return {
    ...bounds,
    low: bounds.low === null ? null : bounds.low * factor + offset,
    high: bounds.high === null ? null : bounds.high * factor + offset,
  };
}

/** How precisely a derived number is known. */
export type Precision = 'exact' | 'approximate' | 'range' | 'lower-bound' | 'upper-bound' | 'unknown';

export function boundsPrecision(bounds: Bounds): Precision {
  const { low, high } = bounds;
  if (low === null && high === null) return 'unknown';
  if (low === null) return 'upper-bound';
  if (high === null) return 'lower-bound';
  if (Math.abs(high - low) <= 1e-9 * Math.max(1, Math.abs(high))) return bounds.approximate ? 'approximate' : 'exact';
  return 'range';
}

/** Rounds away float noise (15,000 ÷ 10,000 − 1 must print as 50, not 49.99999). */
function clean(value: number): number {
  return Number(value.toPrecision(10));
}

/** "+5,000", "−2,000", "0"; large values as "+1.2 million". */
export function formatSigned(value: number, format: (n: number) => string = (n) => formatNumber(String(n))): string {
  const v = clean(value);
  if (v === 0) return '0';
  return `${v > 0 ? '+' : '−'}${format(Math.abs(v))}`;
}

/** Percentages to a sensible number of digits: "+50%", "−12.5%", "+0.3%". */
export function formatSignedPercent(value: number): string {
  return formatSigned(value, (n) => {
    const digits = n >= 100 ? 0 : n >= 10 ? 1 : 2;
    return `${Number(n.toFixed(digits)).toLocaleString('en-US')}%`;
  });
}

/**
 * Bounds in words, with the sign written out: "+5,000", "about +5,000", "less than about +5,000",
 * "more than +1.2 million", "between +1,000 and +3,000".
 */
export function describeBounds(bounds: Bounds, format: (n: number) => string): string {
  const about = bounds.approximate ? 'about ' : '';
  switch (boundsPrecision(bounds)) {
    case 'exact':
      return format(bounds.low!);
    case 'approximate':
      return `about ${format(bounds.low!)}`;
    case 'range':
      return `between ${about}${format(bounds.low!)} and ${format(bounds.high!)}`;
    case 'lower-bound':
      return `${bounds.lowStrict ? 'more than' : 'at least'} ${about}${format(bounds.low!)}`;
    case 'upper-bound':
      return `${bounds.highStrict ? 'less than' : 'up to'} ${about}${format(bounds.high!)}`;
    case 'unknown':
      return 'cannot be told';
  }
}

const QUALIFIER_KINDS: Partial<Record<Qualifier, string>> = {
  approx: 'approximate',
  at_least: 'a lower bound',
  more_than: 'a lower bound',
  up_to: 'an upper bound',
  less_than: 'an upper bound',
  range: 'a range',
};

/** Why figures are not exact: "“more than 10,000” is a lower bound". */
function caveats(figures: Quantity[]): string[] {
  const notes = figures.flatMap((f) => {
    const kind = QUALIFIER_KINDS[f.qualifier];
    return kind ? [`“${describeValue(f)}” is ${kind}`] : [];
  });
  return [...new Set(notes)];
}

export interface Change {
  absolute: Bounds;
  /** Percent of the start value; null when the start is not known on both sides or is zero. */
  percent: Bounds | null;
  precision: Precision;
  /** "+5,000", "less than about +5,000" */
  absoluteText: string;
  /** "+50%", "less than about +50%", or why there is no percentage. */
  percentText: string;
  /** Why the change is not exact, e.g. ["“more than 10,000” is a lower bound", "“about 15,000” is approximate"]. */
  caveats: string[];
}

/** The change from one figure to a later one of the same claimant, with its qualifiers carried through. */
export function computeChange(start: Quantity, end: Quantity): Change {
  const a = figureBounds(start);
  const b = figureBounds(end);
  const absolute = subtractBounds(b, a);
  const ratio = divideBounds(b, a);
  const percent = ratio ? scaleBounds(ratio, 100, -100) : null;
  const precision = boundsPrecision(absolute);
  let percentText: string;
  if (percent && boundsPrecision(percent) !== 'unknown') {
    percentText = describeBounds(percent, formatSignedPercent);
  } else if (a.low === null || a.high === null) {
    percentText = 'no percentage: the first figure is open-ended';
  } else if (a.low <= 0) {
    percentText = 'no percentage: the first figure is zero';
  } else {
    percentText = 'cannot be told';
  }
  return {
    absolute,
    percent,
    precision,
    absoluteText: precision === 'unknown' ? 'cannot be told: both figures are open-ended the same way' : describeBounds(absolute, (n) => formatSigned(n)),
    percentText,
    caveats: precision === 'exact' ? [] : caveats([start, end]),
  };
}

export interface Indexed {
  bounds: Bounds;
  /** Where the point is drawn: the stated value (the midpoint of a range) against the baseline's. */
  y: number;
  precision: Precision;
  /** "243", "about 243", "more than 400" */
  text: string;
}

/**
 * 100 × value ÷ baseline, or null when the baseline cannot serve as 100 (a bound, or not above zero).
 * The baseline against itself is exactly 100, whatever its qualifier.
 */
export function indexFigure(figure: Quantity, baseline: Quantity): Indexed | null {
  if (baselineProblem(baseline) !== null) return null;
  if (figure === baseline) {
    return { bounds: { low: 100, high: 100, lowStrict: false, highStrict: false, approximate: false }, y: 100, precision: 'exact', text: '100' };
  }
  const ratio = divideBounds(figureBounds(figure), figureBounds(baseline));
  const baseValue = Number(baseline.value);
  if (!ratio || baseValue <= 0) return null;
  const bounds = scaleBounds(ratio, 100);
  const format = (n: number) => clean(n).toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 1 : 0 });
  return {
    bounds,
    y: clean((Number(figure.value) / baseValue) * 100),
    precision: boundsPrecision(bounds),
    text: describeBounds(bounds, format),
  };
}

/** Why a figure cannot serve as an index's 100 ("“more than 3,000” is a lower bound"), or null when it can. */
export function baselineProblem(baseline: Quantity): string | null {
  const bounds = figureBounds(baseline);
  if (bounds.low === null || bounds.high === null) return `“${describeValue(baseline)}” is ${QUALIFIER_KINDS[baseline.qualifier]}`;
  if (bounds.low <= 0) return `“${describeValue(baseline)}” is not above zero`;
  return null;
}
