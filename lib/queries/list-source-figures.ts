import { getPrisma } from '@/lib/db';
import { MAX_SOURCE_FIGURES } from '@/lib/limits';
import {
  figureVersionInclude,
  toFigureView,
  toSeriesView,
  visibleVersionsWhere,
  type SeriesFigure,
} from './figure-rows';

export interface SourceFigures {
  /** The first MAX_SOURCE_FIGURES of them. */
  figures: SeriesFigure[];
  total: number;
}

/**
 * The current figures one claimant gave or one publisher reported, series by series in topic order,
 * oldest first within each; at most MAX_SOURCE_FIGURES of them, and how many there are.
 */
export async function listSourceFigures(source: { claimantId: number } | { publisherId: number }): Promise<SourceFigures> {
  const where = { ...source, ...visibleVersionsWhere() };
  const [rows, total] = await Promise.all([
    getPrisma().figureVersion.findMany({
      where,
      include: { ...figureVersionInclude, series: true },
      orderBy: [
        { series: { topic: 'asc' } },
        { seriesId: 'asc' },
        { periodEnd: { sort: 'asc', nulls: 'last' } },
        { publishedOn: { sort: 'asc', nulls: 'last' } },
        { figureId: 'asc' },
      ],
      take: MAX_SOURCE_FIGURES,
    }),
    getPrisma().figureVersion.count({ where }),
  ]);
  return { figures: rows.map((row) => ({ series: toSeriesView(row.series), figure: toFigureView(row) })), total };
}
