// The figures a series' chart draws, and how many the series has, in one statement on the SQL path
// the explorer reads by (figure-sql.ts): the rows come back as text and day numbers rather than
// through Prisma's include, which read them in four round trips and mapped each Decimal and Date.
import { Prisma } from '@/generated/prisma/client';
import { getPrisma, readerFor } from '@/lib/db';
import type { FigureView } from '@/lib/figures/types';
import { FIGURE_COLUMNS, FIGURE_ORDER, LATEST_FIRST, toFigureViews, type FigureRow, type FigureSeries } from './figure-sql';
import { visibleVersionsSql } from './figure-rows';

export interface LatestSeriesFigures {
  /** The latest `limit` figures, in the order the series lists them: oldest first, undated last. */
  figures: FigureView[];
  /** How many figures the series shows in all. */
  total: number;
}

/**
 * The latest `limit` figures of one series (by reference period, then publication), for its chart,
 * as of `asOfRevision` (the current data when null); all of them when it has no more.
 */
export async function listLatestSeriesFigures(series: FigureSeries, asOfRevision: number | null, limit: number): Promise<LatestSeriesFigures> {
  const db = getPrisma();
  const rows = await readerFor(db).$queryRaw<(FigureRow & { total: bigint })[]>(Prisma.sql`
    SELECT ${FIGURE_COLUMNS}, fv.total
    FROM (
      SELECT fv.*, count(*) OVER () AS total
      FROM figure_versions fv
      WHERE fv.series_id = ${series.id} AND ${visibleVersionsSql('fv', asOfRevision)}
      ORDER BY ${LATEST_FIRST}
      LIMIT ${limit}
    ) fv
    ORDER BY ${FIGURE_ORDER}`);
  return { figures: await toFigureViews(rows, [series], db), total: rows.length > 0 ? Number(rows[0].total) : 0 };
}
