import { getPrisma } from '@/lib/db';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { MAX_CHART_FIGURES } from '@/lib/limits';
import { figureVersionInclude, toFigureView, toSeriesView, validAtWhere, visibleSeriesWhere, visibleVersionsWhere } from './figure-rows';

export interface HeadlineSeries {
  series: SeriesView;
  /** The figure with the latest period end, then the latest publication; null when there are none. */
  latest: FigureView | null;
  /** The series' latest figures (all of them unless it has more than MAX_CHART_FIGURES), for its chart. */
  figures: FigureView[];
  /** How many figures the series has. */
  total: number;
}

export interface HeadlineDataOptions {
  /** Show the data as it stood at this dataset revision; the current data when omitted. */
  asOfRevision?: number;
}

/**
 * The series the dashboard leads with, in the order an editor set (lib/curation/headlines.ts) as of
 * the revision shown, with their figures, in one query. A headline series not visible at that
 * revision (created later, or retired) is left out rather than failing the page.
 */
export async function getHeadlineData(options: HeadlineDataOptions = {}): Promise<HeadlineSeries[]> {
  const { asOfRevision } = options;
  const rows = await getPrisma().headlineSeries.findMany({
    where: { ...validAtWhere(asOfRevision), series: visibleSeriesWhere(asOfRevision) },
    orderBy: { position: 'asc' },
    include: {
      series: {
        include: {
          versions: {
            where: visibleVersionsWhere(asOfRevision),
            include: figureVersionInclude,
            // Latest first, so that the first row of each series is its headline figure. A date known
            // only to the month is stored as its first day, so "Nov 2025" sorts before "20 Nov 2025".
            orderBy: [
              { periodEnd: { sort: 'desc', nulls: 'last' } },
              { publishedOn: { sort: 'desc', nulls: 'last' } },
              { figureId: 'desc' },
            ],
            take: MAX_CHART_FIGURES,
          },
          _count: { select: { versions: { where: visibleVersionsWhere(asOfRevision) } } },
        },
      },
    },
  });
  return rows.map(({ series }) => {
    const latestFirst = series.versions.map(toFigureView);
    return { series: toSeriesView(series), latest: latestFirst[0] ?? null, figures: latestFirst.toReversed(), total: series._count.versions };
  });
}
