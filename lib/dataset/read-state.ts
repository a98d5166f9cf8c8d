// Reads the current state a plan is made against (./state.ts), inside the write transaction and
// under its lock. Each reader is one statement whatever the number of rows it is asked about.
import { empty, sqltag as sql } from '@prisma/client/runtime/client';
import { normaliseDecimal } from './field-rules';
import { pgArray } from './pg-array';
import type { DatePrecision, PartialDate, SeriesKind, Topic } from '@/lib/figures/types';
import type { FigureContent } from './figure-input';
import type { Tx as Db } from './write';
import { claimantRef, type EventState, type FigureState, type NameAliases, type SeriesState } from './state';


const partial = (date: string | null, precision: DatePrecision | null): PartialDate | null =>
  date === null || precision === null ? null : { date, precision };

export async function readSeriesState(db: Db, slugs: readonly string[] | 'all'): Promise<Map<string, SeriesState>> {
  const which = slugs === 'all' ? empty : sql`WHERE s.slug = ANY(${pgArray([...slugs])}::text[])`;
  const rows = await db.query<
    { id: number; slug: string; unit: string; kind: SeriesKind; retiredRev: number | null; versionId: number; version: number; title: string; topic: Topic; description: string }>(sql`
    SELECT s.id, s.slug, s.unit, s.kind, s.retired_rev AS "retiredRev", v.id AS "versionId", v.version, v.title, v.topic, v.description
    FROM series s JOIN series_versions v ON v.series_id = s.id AND v.valid_to_rev IS NULL
    ${which}`);
  return new Map(
    rows.map(({ title, topic, description, ...row }) => [row.slug, { ...row, content: { title, topic, description } }]),
  );
}

interface FigureStateRow {
  figureId: number;
  key: string;
  seriesId: number;
  seriesSlug: string;
  versionId: number;
  version: number;
  retired: boolean;
  contentHash: string;
}

/**
 * The current version of the figures with these natural keys, and (when `inSeries` is given) of
 * every figure of those series: what an import compares its rows with, without their content.
 */
export async function readFigureState(db: Db, request: { keys: readonly string[]; inSeries?: readonly number[] }): Promise<Map<string, FigureState>> {
  const keys = [...request.keys];
  const bySeries = request.inSeries && request.inSeries.length > 0
    ? sql`UNION SELECT f.id, f.natural_key, f.series_id FROM figures f WHERE f.series_id = ANY(${pgArray([...request.inSeries])}::int[])`
    : empty;
  const rows = await db.query<FigureStateRow>(sql`
    WITH wanted AS (
      SELECT f.id, f.natural_key, f.series_id FROM figures f JOIN unnest(${pgArray(keys)}::text[]) AS k(key) ON f.natural_key = k.key
      ${bySeries}
    )
    SELECT w.id AS "figureId", w.natural_key AS key, w.series_id AS "seriesId", s.slug AS "seriesSlug",
      v.id AS "versionId", v.version, v.change = 'retired' AS retired, v.content_hash AS "contentHash"
    FROM wanted w
    JOIN series s ON s.id = w.series_id
    JOIN figure_versions v ON v.figure_id = w.id AND v.valid_to_rev IS NULL`);
  return new Map(rows.map((row) => [row.key, row]));
}

/** The same, for figures by id, with their content: what an edit, a retirement or a merge starts from. */
export async function readFiguresById(db: Db, figureIds: readonly number[]): Promise<Map<number, FigureState & { content: FigureContent }>> {
  const rows = await db.query<(FigureStateRow & { content: FigureContent })>(sql`
    SELECT f.id AS "figureId", f.natural_key AS key, f.series_id AS "seriesId", s.slug AS "seriesSlug",
      v.id AS "versionId", v.version, v.change = 'retired' AS retired, v.content_hash AS "contentHash"
    FROM figures f
    JOIN series s ON s.id = f.series_id
    JOIN figure_versions v ON v.figure_id = f.id AND v.valid_to_rev IS NULL
    WHERE f.id = ANY(${pgArray([...figureIds])}::int[])`);
  const contents = await readFigureContents(db, rows.map((row) => row.versionId));
  return new Map(rows.map((row) => [row.figureId, { ...row, content: contents.get(row.versionId) as FigureContent }]));
}

interface ContentRow {
  versionId: number;
  value: string;
  qualifier: FigureContent['qualifier'];
  valueLow: string | null;
  valueHigh: string | null;
  periodStart: string | null;
  periodStartPrecision: DatePrecision | null;
  periodEnd: string | null;
  periodEndPrecision: DatePrecision | null;
  claimantName: string;
  claimantOrganization: string;
  via: string | null;
  publisherName: string;
  url: string | null;
  publicationTitle: string | null;
  publishedOn: string | null;
  publishedOnPrecision: DatePrecision | null;
  quote: string | null;
  note: string | null;
}

/** What figure versions say, by version id, as the planners compare and write it. */
export async function readFigureContents(db: Db, versionIds: readonly number[]): Promise<Map<number, FigureContent>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db.query<ContentRow>(sql`
    SELECT v.id AS "versionId", v.value::text AS value, v.qualifier, v.value_low::text AS "valueLow", v.value_high::text AS "valueHigh",
      v.period_start::text AS "periodStart", v.period_start_precision AS "periodStartPrecision",
      v.period_end::text AS "periodEnd", v.period_end_precision AS "periodEndPrecision",
      c.name AS "claimantName", c.organization AS "claimantOrganization", v.via, p.name AS "publisherName", v.url,
      v.publication_title AS "publicationTitle", v.published_on::text AS "publishedOn", v.published_on_precision AS "publishedOnPrecision",
      v.quote, v.note
    FROM figure_versions v
    JOIN claimants c ON c.id = v.claimant_id
    JOIN publishers p ON p.id = v.publisher_id
    WHERE v.id = ANY(${pgArray([...versionIds])}::int[])`);
  return new Map(
    rows.map((row) => [
      row.versionId,
      {
        value: normaliseDecimal(row.value),
        qualifier: row.qualifier,
        valueLow: row.valueLow === null ? null : normaliseDecimal(row.valueLow),
        valueHigh: row.valueHigh === null ? null : normaliseDecimal(row.valueHigh),
        periodStart: partial(row.periodStart, row.periodStartPrecision),
        periodEnd: partial(row.periodEnd, row.periodEndPrecision),
        claimant: { name: row.claimantName, organization: row.claimantOrganization },
        via: row.via,
        publisher: { name: row.publisherName },
        url: row.url,
        publicationTitle: row.publicationTitle,
        publishedOn: partial(row.publishedOn, row.publishedOnPrecision),
        quote: row.quote,
        note: row.note,
      },
    ]),
  );
}

export async function readEventState(db: Db, request: { slugs: readonly string[] } | { ids: readonly number[] }): Promise<EventState[]> {
  const which = 'slugs' in request ? sql`e.slug = ANY(${pgArray([...request.slugs])}::text[])` : sql`e.id = ANY(${pgArray([...request.ids])}::int[])`;
  const rows = await db.query<
    { id: number; slug: string; versionId: number; version: number; retired: boolean; date: string; precision: DatePrecision; title: string; description: string; topics: Topic[]; source: string; url: string | null }>(sql`
    SELECT e.id, e.slug, v.id AS "versionId", v.version, v.change = 'retired' AS retired, v.occurred_on::text AS date,
      v.occurred_on_precision AS precision, v.title, v.description, v.topics::text[] AS topics, v.source, v.url
    FROM events e JOIN event_versions v ON v.event_id = e.id AND v.valid_to_rev IS NULL
    WHERE ${which}`);
  return rows.map(({ date, precision, title, description, topics, source, url, ...row }) => ({
    ...row,
    content: { date: { date, precision }, title, description, topics, source, url },
  }));
}

/** Every merge, each merged-away name resolved to the body that now carries its figures. */
export async function readNameAliases(db: Db): Promise<NameAliases> {
  const [claimants, publishers] = await Promise.all([
    db.query<{ id: number; intoId: number | null; name: string; organization: string }>(sql`
      SELECT c.id, m.into_id AS "intoId", c.name, c.organization FROM claimant_merges m JOIN claimants c ON c.id = m.claimant_id
      UNION ALL
      SELECT c.id, NULL, c.name, c.organization FROM claimants c WHERE c.id IN (SELECT into_id FROM claimant_merges)`),
    db.query<{ id: number; intoId: number | null; name: string }>(sql`
      SELECT p.id, m.into_id AS "intoId", p.name FROM publisher_merges m JOIN publishers p ON p.id = m.publisher_id
      UNION ALL
      SELECT p.id, NULL, p.name FROM publishers p WHERE p.id IN (SELECT into_id FROM publisher_merges)`),
  ]);
  const survivor = <T extends { id: number; intoId: number | null }>(rows: T[]) => {
    const byId = new Map<number, T>();
    for (const row of rows) if (!byId.has(row.id) || row.intoId !== null) byId.set(row.id, row);
    return (row: T): T => {
      let current = row;
      // Merges form chains (A into B, later B into C); a chain is never longer than the merges.
      for (let hops = 0; current.intoId !== null && hops <= rows.length; hops += 1) current = byId.get(current.intoId) ?? current;
      return current;
    };
  };
  const claimantSurvivor = survivor(claimants);
  const publisherSurvivor = survivor(publishers);
  const aliases: NameAliases = { claimants: new Map(), publishers: new Map() };
  for (const row of claimants) {
    if (row.intoId === null) continue;
    const into = claimantSurvivor(row);
    aliases.claimants.set(claimantRef(row), { name: into.name, organization: into.organization });
  }
  for (const row of publishers) if (row.intoId !== null) aliases.publishers.set(row.name, publisherSurvivor(row).name);
  return aliases;
}

export async function readHeadlinesSet(db: Db): Promise<boolean> {
  const [row] = await db.query<{ set: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM headline_series) AS set`);
  return row.set;
}

/** What version `version` of a figure said: the base an edit started from, to show what changed since. */
export async function readFigureVersionContent(db: Db, figureId: number, version: number): Promise<FigureContent | null> {
  const [row] = await db.query<{ id: number }>(sql`SELECT id FROM figure_versions WHERE figure_id = ${figureId} AND version = ${version}`);
  return row ? ((await readFigureContents(db, [row.id])).get(row.id) ?? null) : null;
}

export async function readSeriesVersionContent(db: Db, seriesId: number, version: number): Promise<SeriesState['content'] | null> {
  const [row] = await db.query<SeriesState['content']>(sql`
    SELECT title, topic, description FROM series_versions WHERE series_id = ${seriesId} AND version = ${version}`);
  return row ?? null;
}

export async function readEventVersionContent(db: Db, eventId: number, version: number): Promise<EventState['content'] | null> {
  const [row] = await db.query<{ date: string; precision: DatePrecision; title: string; description: string; topics: Topic[]; source: string; url: string | null }>(sql`
    SELECT occurred_on::text AS date, occurred_on_precision AS precision, title, description, topics::text[] AS topics, source, url
    FROM event_versions WHERE event_id = ${eventId} AND version = ${version}`);
  return row ? { date: { date: row.date, precision: row.precision }, title: row.title, description: row.description, topics: row.topics, source: row.source, url: row.url } : null;
}

/** The ids of the figures whose current version names this claimant or publisher (retired ones left out). */
export async function readFiguresCiting(db: Db, source: { claimantId: number } | { publisherId: number }): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    'claimantId' in source
      ? sql`SELECT figure_id AS id FROM figure_versions WHERE claimant_id = ${source.claimantId} AND valid_to_rev IS NULL AND change <> 'retired'`
      : sql`SELECT figure_id AS id FROM figure_versions WHERE publisher_id = ${source.publisherId} AND valid_to_rev IS NULL AND change <> 'retired'`,
  );
  return rows.map((row) => row.id);
}

/** The current figures of a series (retired ones left out), by id. */
export async function readSeriesFigureIds(db: Db, seriesId: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(sql`
    SELECT figure_id AS id FROM figure_versions WHERE series_id = ${seriesId} AND valid_to_rev IS NULL AND change <> 'retired'`);
  return rows.map((row) => row.id);
}

/** The dashboard's headline series, in order, as of a revision (now, when null), and the revision that set them (null: never). */
export async function readHeadlines(db: Db, asOf: number | null = null): Promise<{ slugs: string[]; revision: number | null }> {
  const valid = asOf === null ? sql`h.valid_to_rev IS NULL` : sql`h.valid_from_rev <= ${asOf} AND (h.valid_to_rev IS NULL OR h.valid_to_rev > ${asOf})`;
  const rows = await db.query<{ slug: string; revision: number }>(sql`
    SELECT s.slug, h.valid_from_rev AS revision FROM headline_series h JOIN series s ON s.id = h.series_id
    WHERE ${valid} ORDER BY h.position`);
  if (rows.length > 0) return { slugs: rows.map((row) => row.slug), revision: rows.reduce((max, row) => Math.max(max, row.revision), 0) };
  // An empty list was set by the revision that closed the last one.
  const [last] = await db.query<{ revision: number | null }>(
    asOf === null ? sql`SELECT max(valid_to_rev) AS revision FROM headline_series` : sql`SELECT max(valid_to_rev) AS revision FROM headline_series WHERE valid_to_rev <= ${asOf}`,
  );
  return { slugs: [], revision: last.revision };
}

export interface PartyState {
  id: number;
  name: string;
  organization?: string;
  /** The claimant or publisher this one was merged into, or null. */
  mergedInto: number | null;
}

export async function readClaimants(db: Db, ids: readonly number[]): Promise<Map<number, PartyState>> {
  const rows = await db.query<PartyState>(sql`
    SELECT c.id, c.name, c.organization, m.into_id AS "mergedInto" FROM claimants c LEFT JOIN claimant_merges m ON m.claimant_id = c.id
    WHERE c.id = ANY(${pgArray([...ids])}::int[])`);
  return new Map(rows.map((row) => [row.id, row]));
}

export async function readPublishers(db: Db, ids: readonly number[]): Promise<Map<number, PartyState>> {
  const rows = await db.query<PartyState>(sql`
    SELECT p.id, p.name, m.into_id AS "mergedInto" FROM publishers p LEFT JOIN publisher_merges m ON m.publisher_id = p.id
    WHERE p.id = ANY(${pgArray([...ids])}::int[])`);
  return new Map(rows.map((row) => [row.id, row]));
}
