import { getPrisma } from '@/lib/db';
import type { FigureView } from '@/lib/figures/types';
import { figureVersionInclude, toFigureView, visibleVersionsWhere } from './figure-rows';

export interface ListLatestSeriesFiguresOptions {
  /** Show the data as it stood at this dataset revision; the current data when omitted. */
  asOfRevision?: number;
  limit: number;
}

/**
 * The latest `limit` figures of one series (by reference period, then publication), for its chart, in
 * the order the series lists them: oldest first, undated last. All of them when it has no more.
 */
export async function listLatestSeriesFigures(seriesId: number, options: ListLatestSeriesFiguresOptions): Promise<FigureView[]> {
  const rows = await getPrisma().figureVersion.findMany({
    where: { seriesId, ...visibleVersionsWhere(options.asOfRevision) },
    include: figureVersionInclude,
    orderBy: [
      { periodEnd: { sort: 'desc', nulls: 'last' } },
      { periodStart: { sort: 'desc', nulls: 'last' } },
      { publishedOn: { sort: 'desc', nulls: 'last' } },
      { figureId: 'desc' },
    ],
    take: options.limit,
  });
  return rows.toSorted(inSeriesOrder).map(toFigureView);
}

type Row = { periodEnd: Date | null; periodStart: Date | null; publishedOn: Date | null; figureId: number };

/** Ascending, a missing date after every date: the order listSeriesFigures reads in. */
function byDate(a: Date | null, b: Date | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.getTime() - b.getTime();
}

function inSeriesOrder(a: Row, b: Row): number {
  return byDate(a.periodEnd, b.periodEnd) || byDate(a.periodStart, b.periodStart) || byDate(a.publishedOn, b.publishedOn) || a.figureId - b.figureId;
}
