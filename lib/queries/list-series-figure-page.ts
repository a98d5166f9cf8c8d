// One page of a series' figures for the data API, filtered and paged in the database, so that a page
// of a series with a million figures costs what a page of one with ten does. The filters are the
// explorer's (lib/queries/figure-sql.ts): a date range keeps what the explorer would draw in it,
// and leaves out figures it cannot place in time, since nothing says they belong to the range.
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { getPrisma, readerFor } from '@/lib/db';
import type { DateRange } from '@/lib/figures/explorer-range';
import type { FigureView } from '@/lib/figures/types';
import { FIGURE_COLUMNS, FIGURE_ORDER, inRangeSql, placeableSql, toFigureViews, type FigureRow, type FigureSeries } from './figure-sql';
import { visibleVersionsSql } from './figure-rows';

export interface SeriesFigurePageRequest {
  series: FigureSeries;
  range: DateRange;
  asOfRevision: number | null;
  claimantId?: number;
  publisherId?: number;
  offset: number;
  limit: number;
}

export interface SeriesFigurePage {
  figures: FigureView[];
  /** Figures that pass the filters, on every page. */
  total: number;
}

export async function listSeriesFigurePage(request: SeriesFigurePageRequest, db: PrismaClient = getPrisma()): Promise<SeriesFigurePage> {
  const { series, range } = request;
  const dated = range.from !== null || range.to !== null;
  const where = Prisma.sql`fv.series_id = ${series.id}
    AND ${visibleVersionsSql('fv', request.asOfRevision)}
    ${inRangeSql(range, [series])}
    ${dated ? placeableSql([series]) : Prisma.empty}
    ${request.claimantId === undefined ? Prisma.empty : Prisma.sql`AND fv.claimant_id = ${request.claimantId}`}
    ${request.publisherId === undefined ? Prisma.empty : Prisma.sql`AND fv.publisher_id = ${request.publisherId}`}`;
  const rows = await readerFor(db).$queryRaw<(FigureRow & { total: bigint })[]>(Prisma.sql`
    SELECT ${FIGURE_COLUMNS}, count(*) OVER () AS total
    FROM figure_versions fv
    WHERE ${where}
    ORDER BY ${FIGURE_ORDER}
    LIMIT ${request.limit} OFFSET ${request.offset}
  `);
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && request.offset > 0) {
    // Past the last page no row carries the count.
    const counted = await readerFor(db).$queryRaw<{ total: bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM figure_versions fv WHERE ${where}`);
    total = Number(counted[0].total);
  }
  return { figures: await toFigureViews(rows, [series], db), total };
}
