import { getPrisma } from '@/lib/db';
import {
  figureVersionInclude,
  toFigureView,
  toSeriesView,
  visibleVersionsWhere,
  type SeriesFigure,
} from './figure-rows';

/**
 * The current figures one claimant gave or one publisher reported, series by series in topic order,
 * oldest first within each.
 */
export async function listSourceFigures(source: { claimantId: number } | { publisherId: number }): Promise<SeriesFigure[]> {
  const rows = await getPrisma().figureVersion.findMany({
    where: { ...source, ...visibleVersionsWhere() },
    include: { ...figureVersionInclude, series: true },
    orderBy: [
      { series: { topic: 'asc' } },
      { seriesId: 'asc' },
      { periodEnd: { sort: 'asc', nulls: 'last' } },
      { publishedOn: { sort: 'asc', nulls: 'last' } },
      { figureId: 'asc' },
    ],
  });
  return rows.map((row) => ({ series: toSeriesView(row.series), figure: toFigureView(row) }));
}
