// A single figure named in words, for its own page's heading and title.
import { formatPeriod } from './period';
import type { FigureView, SeriesView } from './types';
import { describeQuantity } from './wording';

/** "About 16,500 troops as of Apr 2025"; "About 2,000 children (no date given)". */
export function figureTitle(figure: FigureView, series: Pick<SeriesView, 'unit' | 'kind'>): string {
  const period = formatPeriod(figure.periodStart, figure.periodEnd, series.kind);
  const text = `${describeQuantity(figure, series.unit)} ${period === 'date not given' ? '(no date given)' : period}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
