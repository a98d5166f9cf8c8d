// The explorer's figures: the visible figures of the chosen series that fall in the range, and those
// that cannot be placed in time (listed as not drawn), in one statement whatever the number of
// series. It reads figure_versions alone, through its (series_id, period_end, valid_from_rev,
// valid_to_rev) index: the caller already holds the series, and the claimants and publishers those
// rows name are then read in one more statement, by id, rather than joined to each row. So two
// statements run whatever the number of series or figures.
//
// A view reads at most MAX_FIGURES_PER_VIEW figures, shared out between its series: each series gives
// its latest ones up to its share, and a series that has more says so (`truncated`), with how many it
// has, counted in a third statement only then.
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { getPrisma, readerFor } from '@/lib/db';
import type { DateRange } from '@/lib/figures/explorer-range';
import type { FigureView } from '@/lib/figures/types';
import { MAX_FIGURES_PER_VIEW, type Truncation } from '@/lib/limits';
import { FIGURE_COLUMNS, LATEST_FIRST, inRangeSql, toFigureViews, type FigureRow, type FigureSeries } from './figure-sql';
import { visibleVersionsSql } from './figure-rows';

export interface ExplorerDataRequest {
  /** The chosen series: their slugs label the figures, their kinds decide how a figure is placed in time. */
  series: FigureSeries[];
  range: DateRange;
  /** Show the data as it stood at this dataset revision; the current data when null. */
  asOfRevision: number | null;
  /** Figures the whole view may read; MAX_FIGURES_PER_VIEW unless a test says otherwise. */
  maxFigures?: number;
}

export interface ExplorerData {
  /** By series, in the explorer's order: oldest reference period first, undated ones last. */
  figures: FigureView[];
  /** The series that hold more figures in the range than the view read. */
  truncated: Truncation[];
}

export async function getExplorerData(request: ExplorerDataRequest, db: PrismaClient = getPrisma()): Promise<ExplorerData> {
  if (request.series.length === 0) return { figures: [], truncated: [] };
  const seriesIds = request.series.map((s) => s.id);
  const perSeries = Math.max(1, Math.floor((request.maxFigures ?? MAX_FIGURES_PER_VIEW) / request.series.length));
  const filters = Prisma.sql`${visibleVersionsSql('fv', request.asOfRevision)} ${inRangeSql(request.range, request.series)}`;
  // One more than the share is read, to learn whether there are more; `rank` finds it.
  const rows = await readerFor(db).$queryRaw<(FigureRow & { rank: bigint })[]>(Prisma.sql`
    SELECT fv.* FROM unnest(${seriesIds}::int[]) AS chosen(id)
    CROSS JOIN LATERAL (
      SELECT ${FIGURE_COLUMNS}, row_number() OVER (ORDER BY ${LATEST_FIRST}) AS rank
      FROM figure_versions fv
      WHERE fv.series_id = chosen.id AND ${filters}
      ORDER BY ${LATEST_FIRST}
      LIMIT ${perSeries + 1}
    ) fv
    ORDER BY fv."seriesId", fv."periodEnd" NULLS LAST, fv."periodStart" NULLS LAST, fv."publishedOn" NULLS LAST, fv."figureId"
  `);
  const over = new Set(rows.filter((row) => Number(row.rank) > perSeries).map((row) => row.seriesId));
  const kept = over.size === 0 ? rows : rows.filter((row) => Number(row.rank) <= perSeries);
  const figures = await toFigureViews(kept, request.series, db);
  if (over.size === 0) return { figures, truncated: [] };

  const counts = await readerFor(db).$queryRaw<{ seriesId: number; total: bigint }[]>(Prisma.sql`
    SELECT fv.series_id AS "seriesId", count(*) AS total FROM figure_versions fv
    WHERE fv.series_id = ANY(${[...over]}::int[]) AND ${filters}
    GROUP BY fv.series_id
  `);
  const totalById = new Map(counts.map((c) => [c.seriesId, Number(c.total)]));
  const truncated = request.series
    .filter((s) => over.has(s.id))
    .map((s) => ({ seriesSlug: s.slug, shown: perSeries, total: totalById.get(s.id) ?? perSeries }));
  return { figures, truncated };
}
