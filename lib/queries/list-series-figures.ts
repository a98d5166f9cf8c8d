import { getPrisma } from '@/lib/db';
import type { FigureView } from '@/lib/figures/types';
import { figureVersionInclude, toFigureView, visibleVersionsWhere } from './figure-rows';

export interface ListSeriesFiguresOptions {
  /** Show the data as it stood at this dataset revision; the current data when omitted. */
  asOfRevision?: number;
  offset: number;
  limit: number;
}

/** A page of one series' figures, oldest reference period first; undated figures come last. */
export async function listSeriesFigures(seriesId: number, options: ListSeriesFiguresOptions): Promise<FigureView[]> {
  const rows = await getPrisma().figureVersion.findMany({
    where: { seriesId, ...visibleVersionsWhere(options.asOfRevision) },
    include: figureVersionInclude,
    orderBy: [
      { periodEnd: { sort: 'asc', nulls: 'last' } },
      { periodStart: { sort: 'asc', nulls: 'last' } },
      { publishedOn: { sort: 'asc', nulls: 'last' } },
      { figureId: 'asc' },
    ],
    skip: options.offset,
    take: options.limit,
  });
  return rows.map(toFigureView);
}
