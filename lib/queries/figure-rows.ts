// Shared pieces of the figure queries: which versions are visible, what to load with them, and how a
// database row becomes the FigureView the pages and charts read. Kept here so that every query maps
// rows the same way (exact decimals as strings, dates at their stored precision).

// The SQL form is built with Prisma's runtime alone, so the dataset writer (lib/dataset/figure-counts.ts)
// uses the rule without loading the generated client.
import { raw, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import type { Prisma } from '@/generated/prisma/client';
import { partialDateFromDb } from '@/lib/figures/period';
import type { FigureView, SeriesView } from '@/lib/figures/types';

/**
 * The versions a reader sees: the current ones, or those valid at `asOfRevision`. A retired version
 * marks a record as withdrawn, so it is never shown, whichever revision is asked for. This rule is
 * written here twice, once for Prisma's query API and once as SQL, and nowhere else; a test proves
 * the two agree (tests/integration/visible-versions.test.ts). It holds for figure and event versions.
 */
export function visibleVersionsWhere(asOfRevision?: number | null) {
  return { ...validAtWhere(asOfRevision), change: { not: 'retired' as const } };
}

/** Rows valid at `asOfRevision` (the current ones when absent), whatever they say: the headline list. */
export function validAtWhere(asOfRevision?: number | null) {
  if (asOfRevision === undefined || asOfRevision === null) return { validToRev: null };
  return { validFromRev: { lte: asOfRevision }, OR: [{ validToRev: null }, { validToRev: { gt: asOfRevision } }] };
}

/** The series a reader sees: created by `asOfRevision` and not retired by then (or now, when absent). */
export function visibleSeriesWhere(asOfRevision?: number | null) {
  if (asOfRevision === undefined || asOfRevision === null) return { retiredRev: null };
  return { createdRev: { lte: asOfRevision }, OR: [{ retiredRev: null }, { retiredRev: { gt: asOfRevision } }] };
}

/** The table aliases the SQL form is used with; fixed names, so no input ever reaches the SQL text. */
export type VersionAlias = 'fv' | 'v' | 'ev';

/** The same rule as SQL, for the versions table under `alias`. */
export function visibleVersionsSql(alias: VersionAlias, asOfRevision: number | null): Sql {
  const v = raw(alias);
  if (asOfRevision === null) return sql`${v}.valid_to_rev IS NULL AND ${v}.change <> 'retired'`;
  return sql`${v}.valid_from_rev <= ${asOfRevision}
    AND (${v}.valid_to_rev IS NULL OR ${v}.valid_to_rev > ${asOfRevision})
    AND ${v}.change <> 'retired'`;
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

