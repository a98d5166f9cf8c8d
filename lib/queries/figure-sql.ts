// SQL pieces of the queries that read figure versions directly (get-explorer-data.ts,
// list-series-figure-page.ts): which fall in a date range, the columns read, and how those rows become
// FigureViews (which versions are visible is figure-rows.ts' visibleVersionsSql). Values leave the server as their exact decimal text and
// dates as days since 2000-01-01, which costs the server less than formatting them; both are turned
// into display form once, here.
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { readerFor } from '@/lib/db';
import { holdsOverPeriod, rangeEndExclusive, type DateRange } from '@/lib/figures/explorer-range';
import type { ClaimantView, DatePrecision, FigureView, PartialDate, PublisherView, Qualifier, SeriesView } from '@/lib/figures/types';

export type FigureSeries = Pick<SeriesView, 'id' | 'slug' | 'kind'>;

export interface FigureRow {
  figureId: number;
  versionId: number;
  version: number;
  seriesId: number;
  value: string;
  qualifier: Qualifier;
  valueLow: string | null;
  valueHigh: string | null;
  periodStart: number | null;
  periodStartPrecision: DatePrecision | null;
  periodEnd: number | null;
  periodEndPrecision: DatePrecision | null;
  claimantId: number;
  via: string | null;
  publisherId: number;
  url: string | null;
  publicationTitle: string | null;
  publishedOn: number | null;
  publishedOnPrecision: DatePrecision | null;
  quote: string | null;
  note: string | null;
  revision: number;
}

interface NameRow {
  kind: 'claimant' | 'publisher';
  id: number;
  name: string;
  organization: string | null;
}

const EPOCH = '2000-01-01';
const EPOCH_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;

/** The columns of a FigureRow, from figure_versions as `fv`. */
export const FIGURE_COLUMNS = Prisma.sql`
  fv.figure_id AS "figureId", fv.id AS "versionId", fv.version, fv.series_id AS "seriesId",
  fv.value::text AS value, fv.qualifier, fv.value_low::text AS "valueLow", fv.value_high::text AS "valueHigh",
  fv.period_start - ${EPOCH}::date AS "periodStart", fv.period_start_precision AS "periodStartPrecision",
  fv.period_end - ${EPOCH}::date AS "periodEnd", fv.period_end_precision AS "periodEndPrecision",
  fv.claimant_id AS "claimantId", fv.via, fv.publisher_id AS "publisherId", fv.url, fv.publication_title AS "publicationTitle",
  fv.published_on - ${EPOCH}::date AS "publishedOn", fv.published_on_precision AS "publishedOnPrecision",
  fv.quote, fv.note, fv.valid_from_rev AS revision`;

/** The order figures are listed in: oldest reference period first, undated ones last. */
export const FIGURE_ORDER = Prisma.sql`fv.period_end NULLS LAST, fv.period_start NULLS LAST, fv.published_on NULLS LAST, fv.figure_id`;

/** The same order reversed, latest first, for reading the latest N. */
export const LATEST_FIRST = Prisma.sql`fv.period_end DESC NULLS LAST, fv.period_start DESC NULLS LAST, fv.published_on DESC NULLS LAST, fv.figure_id DESC`;

function periodKindSql(series: readonly FigureSeries[]): Prisma.Sql {
  const overPeriod = series.filter((s) => holdsOverPeriod(s.kind)).map((s) => s.id);
  return Prisma.sql`fv.series_id = ANY(${overPeriod}::int[])`;
}

const lastDate = Prisma.sql`COALESCE(fv.period_end, fv.period_start)`;
const lastPrecision = Prisma.sql`COALESCE(fv.period_end_precision, fv.period_start_precision)`;
const drawnEndExclusive = Prisma.sql`(${lastDate} + CASE ${lastPrecision}
    WHEN 'year' THEN interval '1 year' WHEN 'month' THEN interval '1 month' ELSE interval '1 day' END)`;

function drawnStart(periodKind: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${periodKind} THEN COALESCE(fv.period_start, fv.period_end) ELSE fv.period_end END`;
}

/**
 * The range test mirrors placeFigureSpan (lib/figures/explorer-range.ts): a stock is drawn across its
 * "as of" date, a flow, rate or change across its whole period, and a date covers its whole day,
 * month or year. Figures that cannot be placed at all are kept, so the explorer can say so.
 */
export function inRangeSql(range: DateRange, series: readonly FigureSeries[]): Prisma.Sql {
  if (!range.from && !range.to) return Prisma.empty;
  const periodKind = periodKindSql(series);
  const conditions: Prisma.Sql[] = [];
  if (range.to) conditions.push(Prisma.sql`${drawnStart(periodKind)} < ${rangeEndExclusive(range.to)}::date`);
  if (range.from) conditions.push(Prisma.sql`${drawnEndExclusive} > ${range.from.date}::date`);
  return Prisma.sql`AND (
    (fv.period_end IS NULL AND (fv.period_start IS NULL OR NOT ${periodKind}))
    OR (${Prisma.join(conditions, ' AND ')})
  )`;
}

/** Figures placeFigureSpan can place in time: a stock needs its end date, a period a span that runs forwards. */
export function placeableSql(series: readonly FigureSeries[]): Prisma.Sql {
  const periodKind = periodKindSql(series);
  return Prisma.sql`AND CASE WHEN ${periodKind}
    THEN ${lastDate} IS NOT NULL AND ${drawnEndExclusive} > COALESCE(fv.period_start, fv.period_end)
    ELSE fv.period_end IS NOT NULL END`;
}

/** `12.500000` → `12.5`, `100.000000` → `100`: the value as stated, as trim_scale would give it. */
function trimScale(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}

function dayReader(): (days: number | null, precision: DatePrecision | null) => PartialDate | null {
  const texts = new Map<number, string>();
  return (days, precision) => {
    if (days === null || precision === null) return null;
    let date = texts.get(days);
    if (date === undefined) {
      date = new Date(EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10);
      texts.set(days, date);
    }
    return { date, precision };
  };
}

/**
 * FigureViews for rows read with FIGURE_COLUMNS. Who each row names is read in one more statement: a
 * handful of names, rather than a join on every row.
 */
export async function toFigureViews(rows: readonly FigureRow[], series: readonly FigureSeries[], db: PrismaClient): Promise<FigureView[]> {
  if (rows.length === 0) return [];
  const names = await readerFor(db).$queryRaw<NameRow[]>(Prisma.sql`
    SELECT 'claimant' AS kind, id, name, organization FROM claimants WHERE id = ANY(${[...new Set(rows.map((r) => r.claimantId))]}::int[])
    UNION ALL
    SELECT 'publisher' AS kind, id, name, NULL FROM publishers WHERE id = ANY(${[...new Set(rows.map((r) => r.publisherId))]}::int[])
  `);
  const claimantById = new Map<number, ClaimantView>();
  const publisherById = new Map<number, PublisherView>();
  for (const { kind, id, name, organization } of names) {
    if (kind === 'claimant') claimantById.set(id, { id, name, organization: organization as string });
    else publisherById.set(id, { id, name });
  }
  const slugById = new Map(series.map((s) => [s.id, s.slug]));
  const partialDate = dayReader();
  return rows.map((row) => ({
    figureId: row.figureId,
    versionId: row.versionId,
    version: row.version,
    seriesSlug: slugById.get(row.seriesId) as string,
    value: trimScale(row.value),
    qualifier: row.qualifier,
    valueLow: row.valueLow === null ? null : trimScale(row.valueLow),
    valueHigh: row.valueHigh === null ? null : trimScale(row.valueHigh),
    periodStart: partialDate(row.periodStart, row.periodStartPrecision),
    periodEnd: partialDate(row.periodEnd, row.periodEndPrecision),
    claimant: claimantById.get(row.claimantId) as ClaimantView,
    via: row.via,
    publisher: publisherById.get(row.publisherId) as PublisherView,
    url: row.url,
    publicationTitle: row.publicationTitle,
    publishedOn: partialDate(row.publishedOn, row.publishedOnPrecision),
    quote: row.quote,
    note: row.note,
    revision: row.revision,
  }));
}
