// One page of the figures a claimant gave or a publisher reported, paged in the database: a page of a
// source with a hundred thousand figures reads its hundred rows, their series and the names they cite.
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { getPrisma, readerFor } from '@/lib/db';
import { FIGURE_COLUMNS, FIGURE_ORDER, toFigureViews, type FigureRow } from './figure-sql';
import { toSeriesView, visibleVersionsSql, type SeriesFigure } from './figure-rows';

/** A claimant or a publisher, by id. */
export type SourceRef = { claimantId: number } | { publisherId: number };

/** The versions that name the source, as SQL over figure_versions as `fv`. */
export function sourceSql(source: SourceRef): Prisma.Sql {
  return 'claimantId' in source ? Prisma.sql`fv.claimant_id = ${source.claimantId}` : Prisma.sql`fv.publisher_id = ${source.publisherId}`;
}

export interface SourceFigurePageRequest {
  source: SourceRef;
  /** The revision a pinned link shows; null for the latest data. */
  asOfRevision: number | null;
  offset: number;
  limit: number;
}

/**
 * A page of the figures visible at the revision that name the source: series by series in topic
 * order, and within a series as its own page lists them (FIGURE_ORDER).
 */
export async function listSourceFigures(request: SourceFigurePageRequest, db: PrismaClient = getPrisma()): Promise<SeriesFigure[]> {
  const rows = await readerFor(db).$queryRaw<FigureRow[]>(Prisma.sql`
    SELECT ${FIGURE_COLUMNS}
    FROM figure_versions fv
    JOIN series s ON s.id = fv.series_id
    WHERE ${sourceSql(request.source)} AND ${visibleVersionsSql('fv', request.asOfRevision)}
    ORDER BY s.topic, fv.series_id, ${FIGURE_ORDER}
    LIMIT ${request.limit} OFFSET ${request.offset}
  `);
  if (rows.length === 0) return [];
  const series = await readerFor(db).series.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.seriesId))] } },
    select: { id: true, slug: true, title: true, unit: true, topic: true, kind: true, description: true },
  });
  const figures = await toFigureViews(rows, series, db);
  const seriesById = new Map(series.map((s) => [s.id, toSeriesView(s)]));
  return figures.map((figure, index) => ({ series: seriesById.get(rows[index].seriesId) as SeriesFigure['series'], figure }));
}
