// Figures in honest words: "more than 10,000 troops", "up to 4.8 million shells", "4 to 6 million shells".
import { formatPeriod } from './period';
import type { FigureView, Qualifier, SeriesView } from './types';

/** The mark drawn beside a value on charts and in tables. */
export const QUALIFIER_SYMBOLS: Record<Qualifier, string> = {
  exact: '',
  approx: '~',
  at_least: '≥',
  more_than: '>',
  up_to: '≤',
  less_than: '<',
  range: '',
};

/** Which way the true value may lie from a stated bound: "more than 10,000" is a lower bound. */
export type Bound = 'lower' | 'upper' | null;

export const QUALIFIER_BOUNDS: Record<Qualifier, Bound> = {
  exact: null,
  approx: null,
  at_least: 'lower',
  more_than: 'lower',
  up_to: 'upper',
  less_than: 'upper',
  range: null,
};

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'exact',
  approx: 'approximate',
  at_least: 'at least',
  more_than: 'more than',
  up_to: 'up to',
  less_than: 'less than',
  range: 'range',
};

const PREFIX: Record<Exclude<Qualifier, 'range'>, string> = {
  exact: '',
  approx: 'about ',
  at_least: 'at least ',
  more_than: 'more than ',
  up_to: 'up to ',
  less_than: 'less than ',
};

const MILLION = 1_000_000;

/** Exact digits, grouped: "1,859", "2.5". Works on decimal strings without float rounding. */
export function formatExact(value: string): string {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = value.replace(/^-/, '').split('.');
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}

/** Millions as "6.5 million" when that loses no stated digit, else exact digits. */
export function formatNumber(value: string): string {
  const n = Number(value);
  if (Math.abs(n) >= MILLION) {
    const millions = n / MILLION;
    const text = String(Number(millions.toFixed(3)));
    if (Number(text) * MILLION === n) return `${text} million`;
  }
  return formatExact(value);
}

function formatRange(low: string, high: string): string {
  const a = Number(low);
  const b = Number(high);
  if (Math.abs(a) >= MILLION && Math.abs(b) >= MILLION) {
    const lowText = formatNumber(low);
    const highText = formatNumber(high);
    if (lowText.endsWith(' million') && highText.endsWith(' million')) {
      return `${lowText.replace(' million', '')} to ${highText}`;
    }
  }
  return `${formatNumber(low)} to ${formatNumber(high)}`;
}

type Quantity = Pick<FigureView, 'value' | 'qualifier' | 'valueLow' | 'valueHigh'>;

/** The value as stated, without unit: "about 6.5 million", "4 to 6 million". */
export function describeValue(figure: Quantity): string {
  if (figure.qualifier === 'range' && figure.valueLow !== null && figure.valueHigh !== null) {
    return formatRange(figure.valueLow, figure.valueHigh);
  }
  const prefix = PREFIX[figure.qualifier === 'range' ? 'approx' : figure.qualifier];
  return `${prefix}${formatNumber(figure.value)}`;
}

/** The value with its unit: "more than 10,000 troops", "about 2.5 USD per hour", "more than 50 percent". */
export function describeQuantity(figure: Quantity, unit: string): string {
  return `${describeValue(figure)} ${unit}`;
}

/** Short form for chart labels: "~6.5M", "≥12,000", "4M–6M". */
export function shortValue(figure: Quantity): string {
  const compact = (v: string) => {
    const n = Number(v);
    if (Math.abs(n) >= MILLION) return `${Number((n / MILLION).toFixed(2))}M`;
    if (Math.abs(n) >= 10_000) return `${Number((n / 1000).toFixed(1))}k`;
    return formatExact(v);
  };
  if (figure.qualifier === 'range' && figure.valueLow !== null && figure.valueHigh !== null) {
    return `${compact(figure.valueLow)}–${compact(figure.valueHigh)}`;
  }
  return `${QUALIFIER_SYMBOLS[figure.qualifier]}${compact(figure.value)}`;
}

/**
 * "Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR)"; the claimant alone when the body made the
 * claim itself or only restates its name ("South Korean intelligence (unspecified)").
 */
export function describeClaimant(claimant: FigureView['claimant']): string {
  if (claimant.organization === 'unknown' || claimant.organization.startsWith(claimant.name)) return claimant.name;
  return `${claimant.name}, ${claimant.organization}`;
}

/** Who said it and where: "per X, reported by Y". */
export function describeSource(figure: Pick<FigureView, 'claimant' | 'publisher' | 'via'>): string {
  const via = figure.via ? ` (via ${figure.via})` : '';
  return `per ${describeClaimant(figure.claimant)}${via}, reported by ${figure.publisher.name}`;
}

/** The headline sentence: "about 6.5 million shells since 2023, as of Nov 2025, per …, reported by …". */
export function describeFigure(figure: FigureView, series: Pick<SeriesView, 'unit' | 'kind'>): string {
  const period = formatPeriod(figure.periodStart, figure.periodEnd, series.kind);
  const when = period === 'date not given' ? ' (no date given)' : ` ${period}`;
  return `${describeQuantity(figure, series.unit)}${when}, ${describeSource(figure)}`;
}

/** The line printed under a chart: every distinct claimant and publisher it draws on. */
export function sourceLine(figures: FigureView[]): string {
  if (figures.length === 0) return 'Sources: none yet';
  const claimants = [...new Set(figures.map((f) => describeClaimant(f.claimant)))];
  const publishers = [...new Set(figures.map((f) => f.publisher.name))];
  return `Sources: ${claimants.join('; ')}. Published by ${publishers.join(', ')}.`;
}
