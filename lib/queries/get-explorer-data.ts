// The explorer's figures: every visible figure of the chosen series that falls in the range, and
// those that cannot be placed in time (listed as not drawn), in one statement whatever the number of
// series. It reads figure_versions through its (series_id, period_end, valid_from_rev, valid_to_rev)
// index and joins the claimant and publisher of each row, so no query runs per series or per figure.
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import { rangeEndExclusive, type DateRange } from '@/lib/figures/explorer-range';
import type { DatePrecision, FigureView, PartialDate, Qualifier } from '@/lib/figures/types';

export interface ExplorerDataRequest {
  seriesIds: number[];
  range: DateRange;
  /** Show the data as it stood at this dataset revision; the current data when null. */
  asOfRevision: number | null;
}

interface Row {
  figureId: number;
  versionId: number;
  version: number;
  seriesSlug: string;
  value: string;
  qualifier: Qualifier;
  valueLow: string | null;
  valueHigh: string | null;
  periodStart: string | null;
  periodStartPrecision: DatePrecision | null;
  periodEnd: string | null;
  periodEndPrecision: DatePrecision | null;
  claimantId: number;
  claimantName: string;
  claimantOrganization: string;
  via: string | null;
  publisherId: number;
  publisherName: string;
  url: string | null;
  publicationTitle: string | null;
  publishedOn: string | null;
  publishedOnPrecision: DatePrecision | null;
  quote: string | null;
  note: string | null;
  revision: number;
}

function partialDate(date: string | null, precision: DatePrecision | null): PartialDate | null {
  return date && precision ? { date, precision } : null;
}

function visible(asOfRevision: number | null): Prisma.Sql {
  if (asOfRevision === null) return Prisma.sql`fv.valid_to_rev IS NULL AND fv.change <> 'retired'`;
  return Prisma.sql`fv.valid_from_rev <= ${asOfRevision}
    AND (fv.valid_to_rev IS NULL OR fv.valid_to_rev > ${asOfRevision})
    AND fv.change <> 'retired'`;
}

/**
 * The range test mirrors placeFigureSpan (lib/figures/explorer-range.ts): a stock is drawn across its
 * "as of" date, a flow, rate or change across its whole period, and a date covers its whole day,
 * month or year. Figures that cannot be placed at all are kept, so the page can say so.
 */
function inRange(range: DateRange): Prisma.Sql {
  if (!range.from && !range.to) return Prisma.empty;
  const periodKind = Prisma.sql`s.kind IN ('flow', 'rate', 'change')`;
  const drawnStart = Prisma.sql`CASE WHEN ${periodKind} THEN COALESCE(fv.period_start, fv.period_end) ELSE fv.period_end END`;
  const lastDate = Prisma.sql`COALESCE(fv.period_end, fv.period_start)`;
  const lastPrecision = Prisma.sql`COALESCE(fv.period_end_precision, fv.period_start_precision)`;
  const drawnEndExclusive = Prisma.sql`(${lastDate} + CASE ${lastPrecision}
      WHEN 'year' THEN interval '1 year' WHEN 'month' THEN interval '1 month' ELSE interval '1 day' END)`;
  const conditions: Prisma.Sql[] = [];
  if (range.to) conditions.push(Prisma.sql`${drawnStart} < ${rangeEndExclusive(range.to)}::date`);
  if (range.from) conditions.push(Prisma.sql`${drawnEndExclusive} > ${range.from.date}::date`);
  return Prisma.sql`AND (
    (fv.period_end IS NULL AND (fv.period_start IS NULL OR NOT ${periodKind}))
    OR (${Prisma.join(conditions, ' AND ')})
  )`;
}

export async function getExplorerData(request: ExplorerDataRequest, db: PrismaClient = getPrisma()): Promise<FigureView[]> {
  if (request.seriesIds.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT
      fv.figure_id AS "figureId", fv.id AS "versionId", fv.version, s.slug AS "seriesSlug",
      trim_scale(fv.value)::text AS value, fv.qualifier::text AS qualifier,
      trim_scale(fv.value_low)::text AS "valueLow", trim_scale(fv.value_high)::text AS "valueHigh",
      to_char(fv.period_start, 'YYYY-MM-DD') AS "periodStart", fv.period_start_precision::text AS "periodStartPrecision",
      to_char(fv.period_end, 'YYYY-MM-DD') AS "periodEnd", fv.period_end_precision::text AS "periodEndPrecision",
      c.id AS "claimantId", c.name AS "claimantName", c.organization AS "claimantOrganization", fv.via,
      p.id AS "publisherId", p.name AS "publisherName", fv.url, fv.publication_title AS "publicationTitle",
      to_char(fv.published_on, 'YYYY-MM-DD') AS "publishedOn", fv.published_on_precision::text AS "publishedOnPrecision",
      fv.quote, fv.note, fv.valid_from_rev AS revision
    FROM figure_versions fv
    -- Restricting the series side too lets the planner read the few chosen series rather than hash all.
    JOIN series s ON s.id = fv.series_id AND s.id = ANY(${request.seriesIds}::int[])
    JOIN claimants c ON c.id = fv.claimant_id
    JOIN publishers p ON p.id = fv.publisher_id
    WHERE fv.series_id = ANY(${request.seriesIds}::int[])
      AND ${visible(request.asOfRevision)}
      ${inRange(request.range)}
    ORDER BY fv.series_id, fv.period_end NULLS LAST, fv.period_start NULLS LAST, fv.published_on NULLS LAST, fv.figure_id
  `);
  return rows.map((row) => ({
    figureId: row.figureId,
    versionId: row.versionId,
    version: row.version,
    seriesSlug: row.seriesSlug,
    value: row.value,
    qualifier: row.qualifier,
    valueLow: row.valueLow,
    valueHigh: row.valueHigh,
    periodStart: partialDate(row.periodStart, row.periodStartPrecision),
    periodEnd: partialDate(row.periodEnd, row.periodEndPrecision),
    claimant: { id: row.claimantId, name: row.claimantName, organization: row.claimantOrganization },
    via: row.via,
    publisher: { id: row.publisherId, name: row.publisherName },
    url: row.url,
    publicationTitle: row.publicationTitle,
    publishedOn: partialDate(row.publishedOn, row.publishedOnPrecision),
    quote: row.quote,
    note: row.note,
    revision: row.revision,
  }));
}
