// Shared pieces of the figure queries: which versions are visible, what to load with them, and how a
// database row becomes the FigureView the pages and charts read. Kept here so that every query maps
// rows the same way (exact decimals as strings, dates at their stored precision).
import type { Prisma } from '@/generated/prisma/client';
import { partialDateFromDb } from '@/lib/figures/period';
import type { FigureView, SeriesView } from '@/lib/figures/types';

/**
 * The versions a reader sees: the current ones, or those valid at `asOfRevision`. A retired version
 * marks a figure as withdrawn, so it is never shown, whichever revision is asked for.
 */
export function visibleVersionsWhere(asOfRevision?: number): Prisma.FigureVersionWhereInput {
  if (asOfRevision === undefined) {
    return { validToRev: null, change: { not: 'retired' } };
  }
  return {
    validFromRev: { lte: asOfRevision },
    OR: [{ validToRev: null }, { validToRev: { gt: asOfRevision } }],
    change: { not: 'retired' },
  };
}

export const figureVersionInclude = {
  claimant: true,
  publisher: true,
  series: { select: { slug: true } },
} satisfies Prisma.FigureVersionInclude;

export type FigureVersionRow = Prisma.FigureVersionGetPayload<{ include: typeof figureVersionInclude }>;

export function toFigureView(row: FigureVersionRow): FigureView {
  return {
    figureId: row.figureId,
    versionId: row.id,
    version: row.version,
    seriesSlug: row.series.slug,
    value: row.value.toString(),
    qualifier: row.qualifier,
    valueLow: row.valueLow?.toString() ?? null,
    valueHigh: row.valueHigh?.toString() ?? null,
    periodStart: partialDateFromDb(row.periodStart, row.periodStartPrecision),
    periodEnd: partialDateFromDb(row.periodEnd, row.periodEndPrecision),
    claimant: { id: row.claimant.id, name: row.claimant.name, organization: row.claimant.organization },
    via: row.via,
    publisher: { id: row.publisher.id, name: row.publisher.name },
    url: row.url,
    publicationTitle: row.publicationTitle,
    publishedOn: partialDateFromDb(row.publishedOn, row.publishedOnPrecision),
    quote: row.quote,
    note: row.note,
    revision: row.validFromRev,
  };
}

type SeriesRow = Pick<
  Prisma.SeriesGetPayload<object>,
  'id' | 'slug' | 'title' | 'unit' | 'topic' | 'kind' | 'description'
>;

export function toSeriesView(row: SeriesRow): SeriesView {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    unit: row.unit,
    topic: row.topic,
    kind: row.kind,
    description: row.description,
  };
}

/** A figure together with the series it belongs to, for lists that span several series. */
export interface SeriesFigure {
  series: SeriesView;
  figure: FigureView;
}

