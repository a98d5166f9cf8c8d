// Writes a plan (lib/dataset/plan.ts) as revision `revision`, in bulk: each kind of row goes in with
// one INSERT ... SELECT FROM unnest(...) of column arrays per 25,000 rows, and the versions a plan
// replaces are closed with one UPDATE; the series', claimants' and publishers' counts of current
// figures follow what the revision changed (./figure-counts.ts). Called only by writeDataset (./write.ts), inside
// its transaction and under its lock, so the plan's reading of the state still holds.
import { sqltag as sql } from '@prisma/client/runtime/client';
import type { PartialDate } from '@/lib/figures/types';
import type { EventWrite, FigureWrite, Merge, SeriesWrite, WritePlan } from './plan';
import { claimantRef } from './state';
import { pgArray } from './pg-array';
import { updateFigureCounts } from './figure-counts';
import type { Tx } from './write';

/** Rows per statement: large enough to amortise a round trip, small enough to bound the statement's memory. */
const CHUNK = 25_000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const dateOf = (d: PartialDate | null) => d?.date ?? null;
const precisionOf = (d: PartialDate | null) => d?.precision ?? null;

/** Closes the versions a plan replaces: they stay, visible as of the revisions before this one. */
async function closeVersions(tx: Tx, table: 'figures' | 'series' | 'events', ids: number[], revision: number) {
  for (const part of chunks(ids)) {
    if (table === 'figures') {
      await tx.query(sql`UPDATE figure_versions SET valid_to_rev = ${revision} WHERE id = ANY(${pgArray(part)}::int[]) AND valid_to_rev IS NULL`);
    } else if (table === 'series') {
      await tx.query(sql`UPDATE series_versions SET valid_to_rev = ${revision} WHERE id = ANY(${pgArray(part)}::int[]) AND valid_to_rev IS NULL`);
    } else {
      await tx.query(sql`UPDATE event_versions SET valid_to_rev = ${revision} WHERE id = ANY(${pgArray(part)}::int[]) AND valid_to_rev IS NULL`);
    }
  }
}

async function applySeries(tx: Tx, writes: SeriesWrite[], revision: number): Promise<Map<string, number>> {
  const created = writes.flatMap((w) => ('slug' in w.series ? [{ ...w.series, ...w.content }] : []));
  const idBySlug = new Map<string, number>();
  if (created.length > 0) {
    const rows = await tx.query<{ id: number; slug: string }>(sql`
      INSERT INTO series (slug, title, unit, topic, kind, description, created_rev)
      SELECT u.slug, u.title, u.unit, u.topic::"Topic", u.kind::"SeriesKind", u.description, ${revision}
      FROM unnest(${pgArray(created.map((s) => s.slug))}::text[], ${pgArray(created.map((s) => s.title))}::text[], ${pgArray(created.map((s) => s.unit))}::text[],
                  ${pgArray(created.map((s) => s.topic))}::text[], ${pgArray(created.map((s) => s.kind))}::text[], ${pgArray(created.map((s) => s.description))}::text[])
        AS u(slug, title, unit, topic, kind, description)
      RETURNING id, slug`);
    for (const row of rows) idBySlug.set(row.slug, row.id);
  }
  const existing = writes.filter((w) => 'id' in w.series);
  const corrected = existing.filter((w) => w.change !== 'retired');
  if (corrected.length > 0) {
    // The series row holds the current version for the readers of the latest data.
    await tx.query(sql`
      UPDATE series s SET title = u.title, topic = u.topic::"Topic", description = u.description
      FROM unnest(${pgArray(corrected.map((w) => (w.series as { id: number }).id))}::int[], ${pgArray(corrected.map((w) => w.content.title))}::text[],
                  ${pgArray(corrected.map((w) => w.content.topic))}::text[], ${pgArray(corrected.map((w) => w.content.description))}::text[])
        AS u(id, title, topic, description)
      WHERE s.id = u.id`);
  }
  const retired = existing.filter((w) => w.change === 'retired').map((w) => (w.series as { id: number }).id);
  if (retired.length > 0) await tx.query(sql`UPDATE series SET retired_rev = ${revision} WHERE id = ANY(${pgArray(retired)}::int[])`);
  await closeVersions(tx, 'series', writes.flatMap((w) => (w.replaces ? [w.replaces.versionId] : [])), revision);
  if (writes.length > 0) {
    const seriesIds = writes.map((w) => ('id' in w.series ? w.series.id : (idBySlug.get(w.series.slug) as number)));
    await tx.query(sql`
      INSERT INTO series_versions (series_id, version, change, valid_from_rev, title, topic, description)
      SELECT u.series_id, u.version, u.change::"ChangeKind", ${revision}, u.title, u.topic::"Topic", u.description
      FROM unnest(${pgArray(seriesIds)}::int[], ${pgArray(writes.map((w) => (w.replaces?.version ?? 0) + 1))}::int[], ${pgArray(writes.map((w) => w.change))}::text[],
                  ${pgArray(writes.map((w) => w.content.title))}::text[], ${pgArray(writes.map((w) => w.content.topic))}::text[], ${pgArray(writes.map((w) => w.content.description))}::text[])
        AS u(series_id, version, change, title, topic, description)`);
  }
  return idBySlug;
}

/** Ids of the claimants and publishers the figures name, creating those that do not exist yet. */
async function nameIds(tx: Tx, writes: FigureWrite[]) {
  const claimants = new Map<string, { name: string; organization: string }>();
  const publishers = new Set<string>();
  for (const { content } of writes) {
    claimants.set(claimantRef(content.claimant), content.claimant);
    publishers.add(content.publisher.name);
  }
  const claimantList = [...claimants.values()];
  const publisherList = [...publishers];
  const claimantIds = new Map<string, number>();
  const publisherIds = new Map<string, number>();
  for (const part of chunks(claimantList)) {
    const names = part.map((c) => c.name);
    const organizations = part.map((c) => c.organization);
    await tx.query(sql`
      INSERT INTO claimants (name, organization) SELECT * FROM unnest(${pgArray(names)}::text[], ${pgArray(organizations)}::text[])
      ON CONFLICT (name, organization) DO NOTHING`);
    const rows = await tx.query<{ id: number; name: string; organization: string }>(sql`
      SELECT c.id, c.name, c.organization FROM claimants c
      JOIN unnest(${pgArray(names)}::text[], ${pgArray(organizations)}::text[]) AS u(name, organization) ON c.name = u.name AND c.organization = u.organization`);
    for (const row of rows) claimantIds.set(claimantRef(row), row.id);
  }
  for (const part of chunks(publisherList)) {
    await tx.query(sql`INSERT INTO publishers (name) SELECT * FROM unnest(${pgArray(part)}::text[]) ON CONFLICT (name) DO NOTHING`);
    const rows = await tx.query<{ id: number; name: string }>(sql`SELECT id, name FROM publishers WHERE name = ANY(${pgArray(part)}::text[])`);
    for (const row of rows) publisherIds.set(row.name, row.id);
  }
  return { claimantIds, publisherIds };
}

async function insertFigureVersions(tx: Tx, writes: FigureWrite[], figureIds: number[], seriesIds: number[], names: Awaited<ReturnType<typeof nameIds>>, revision: number) {
  const c = writes.map((w) => w.content);
  await tx.query(sql`
    INSERT INTO figure_versions (figure_id, series_id, version, change, valid_from_rev, value, qualifier, value_low, value_high,
      period_start, period_start_precision, period_end, period_end_precision, claimant_id, via, publisher_id, url,
      publication_title, published_on, published_on_precision, quote, note, content_hash)
    SELECT u.figure_id, u.series_id, u.version, u.change::"ChangeKind", ${revision}, u.value, u.qualifier::"Qualifier", u.value_low, u.value_high,
      u.period_start, u.period_start_precision::"DatePrecision", u.period_end, u.period_end_precision::"DatePrecision", u.claimant_id, u.via,
      u.publisher_id, u.url, u.publication_title, u.published_on, u.published_on_precision::"DatePrecision", u.quote, u.note, u.content_hash
    FROM unnest(
      ${pgArray(figureIds)}::int[], ${pgArray(seriesIds)}::int[], ${pgArray(writes.map((w) => (w.replaces?.version ?? 0) + 1))}::int[], ${pgArray(writes.map((w) => w.change))}::text[],
      ${pgArray(c.map((x) => x.value))}::numeric[], ${pgArray(c.map((x) => x.qualifier))}::text[], ${pgArray(c.map((x) => x.valueLow))}::numeric[], ${pgArray(c.map((x) => x.valueHigh))}::numeric[],
      ${pgArray(c.map((x) => dateOf(x.periodStart)))}::date[], ${pgArray(c.map((x) => precisionOf(x.periodStart)))}::text[],
      ${pgArray(c.map((x) => dateOf(x.periodEnd)))}::date[], ${pgArray(c.map((x) => precisionOf(x.periodEnd)))}::text[],
      ${pgArray(c.map((x) => names.claimantIds.get(claimantRef(x.claimant)) as number))}::int[], ${pgArray(c.map((x) => x.via))}::text[],
      ${pgArray(c.map((x) => names.publisherIds.get(x.publisher.name) as number))}::int[], ${pgArray(c.map((x) => x.url))}::text[],
      ${pgArray(c.map((x) => x.publicationTitle))}::text[], ${pgArray(c.map((x) => dateOf(x.publishedOn)))}::date[], ${pgArray(c.map((x) => precisionOf(x.publishedOn)))}::text[],
      ${pgArray(c.map((x) => x.quote))}::text[], ${pgArray(c.map((x) => x.note))}::text[], ${pgArray(writes.map((w) => w.contentHash))}::text[]
    ) AS u(figure_id, series_id, version, change, value, qualifier, value_low, value_high, period_start, period_start_precision,
           period_end, period_end_precision, claimant_id, via, publisher_id, url, publication_title, published_on,
           published_on_precision, quote, note, content_hash)`);
}

/**
 * PostgreSQL checks a foreign key with one query per row, which is most of the cost of writing
 * 100,000 figure versions (six keys each). A large write by a role that may do so (the embedded
 * server's superuser) therefore turns those per-row checks off for its own inserts, the way
 * pg_restore --disable-triggers loads data, and then checks every reference the new rows make with
 * one statement (verifyReferences) that every id the new rows point at exists, inside the same
 * transaction: a broken reference still fails the write and rolls it back. Nothing in this model is
 * ever deleted, so what exists then stays. Smaller writes, and roles that may not, keep the checks.
 */
const BULK_CHECK_ROWS = 2_000;

async function mayDeferChecks(tx: Tx, rows: number): Promise<boolean> {
  if (rows < BULK_CHECK_ROWS) return false;
  const [row] = await tx.query<{ allowed: boolean }>(sql`SELECT current_setting('is_superuser') = 'on' AS allowed`);
  return row.allowed;
}

/** Waits for every statement sent; the first failure is the write's (the rest fail with the transaction). */
async function settled(statements: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(statements)).find((result) => result.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}

/** Every id the new rows point at, to check that each exists (the figures the write created do). */
interface References {
  figures: Set<number>;
  series: Set<number>;
  claimants: Set<number>;
  publishers: Set<number>;
}

async function verifyReferences(tx: Tx, refs: References): Promise<void> {
  const list = (ids: Set<number>) => pgArray([...ids]);
  const [found] = await tx.query<Record<keyof References, number>>(sql`
    SELECT
      (SELECT count(*)::int FROM figures WHERE id = ANY(${list(refs.figures)}::int[])) AS figures,
      (SELECT count(*)::int FROM series WHERE id = ANY(${list(refs.series)}::int[])) AS series,
      (SELECT count(*)::int FROM claimants WHERE id = ANY(${list(refs.claimants)}::int[])) AS claimants,
      (SELECT count(*)::int FROM publishers WHERE id = ANY(${list(refs.publishers)}::int[])) AS publishers`);
  const missing = (Object.keys(refs) as (keyof References)[]).filter((kind) => found[kind] !== refs[kind].size);
  if (missing.length > 0) {
    throw new Error(`the write would leave figure versions pointing at ${missing.join(', ')} that do not exist; nothing was written`);
  }
}

/** Called as the figure rows are written: `rows` of `totalRows` so far. */
export type OnWritten = (rows: number, totalRows: number) => void;

async function applyFigures(
  tx: Tx,
  writes: FigureWrite[],
  seriesIdBySlug: (slug: string) => number,
  revision: number,
  onWritten?: OnWritten,
): Promise<Map<string, number>> {
  const created = new Map<string, number>();
  if (writes.length === 0) return created;
  const names = await nameIds(tx, writes);
  await closeVersions(tx, 'figures', writes.flatMap((w) => (w.replaces ? [w.replaces.versionId] : [])), revision);
  const deferred = await mayDeferChecks(tx, writes.length);
  if (deferred) await tx.query(sql`SELECT set_config('session_replication_role', 'replica', true)`);
  const refs: References = {
    figures: new Set(writes.flatMap((w) => ('id' in w.figure ? [w.figure.id] : []))),
    series: new Set(),
    claimants: new Set(names.claimantIds.values()),
    publishers: new Set(names.publisherIds.values()),
  };
  // The new figures' ids are taken from their sequence at once, so that every statement can be built
  // without waiting for the one before: each is sent as soon as it is built, and the next is built
  // while the server writes the last (pg sends them one after the other on the connection).
  const freshCount = writes.reduce((n, w) => n + ('key' in w.figure ? 1 : 0), 0);
  const newIds =
    freshCount === 0
      ? []
      : (await tx.query<{ id: number }>(sql`SELECT nextval(pg_get_serial_sequence('figures', 'id'))::int AS id FROM generate_series(1, ${freshCount})`)).map((row) => row.id);
  const sent: Promise<unknown>[] = [];
  let written = 0;
  for (const part of chunks(writes)) {
    const fresh: { id: number; seriesId: number; key: string }[] = [];
    const figureIds = part.map((w) => {
      if ('id' in w.figure) return w.figure.id;
      const id = newIds[created.size];
      created.set(w.figure.key, id);
      fresh.push({ id, seriesId: seriesIdBySlug(w.figure.seriesSlug), key: w.figure.key });
      return id;
    });
    if (fresh.length > 0) {
      sent.push(tx.query(sql`
        INSERT INTO figures (id, series_id, natural_key)
        SELECT * FROM unnest(${pgArray(fresh.map((f) => f.id))}::int[], ${pgArray(fresh.map((f) => f.seriesId))}::int[], ${pgArray(fresh.map((f) => f.key))}::text[])`));
    }
    const seriesIds = part.map((w) => ('id' in w.figure ? w.figure.seriesId : seriesIdBySlug(w.figure.seriesSlug)));
    for (const id of seriesIds) refs.series.add(id);
    sent.push(
      insertFigureVersions(tx, part, figureIds, seriesIds, names, revision).then(() => {
        written += part.length;
        onWritten?.(written, writes.length);
      }),
    );
  }
  await settled(sent);
  if (deferred) {
    await tx.query(sql`SELECT set_config('session_replication_role', 'origin', true)`);
    await verifyReferences(tx, refs);
  }
  return created;
}

async function applyEvents(tx: Tx, writes: EventWrite[], revision: number): Promise<Map<string, number>> {
  const idBySlug = new Map<string, number>();
  if (writes.length === 0) return idBySlug;
  const fresh = writes.flatMap((w) => ('slug' in w.event ? [w.event.slug] : []));
  if (fresh.length > 0) {
    const rows = await tx.query<{ id: number; slug: string }>(sql`
      INSERT INTO events (slug) SELECT * FROM unnest(${pgArray(fresh)}::text[]) RETURNING id, slug`);
    for (const row of rows) idBySlug.set(row.slug, row.id);
  }
  await closeVersions(tx, 'events', writes.flatMap((w) => (w.replaces ? [w.replaces.versionId] : [])), revision);
  const c = writes.map((w) => w.content);
  // Topics travel as one text per event ("troops,labour"), since unnest flattens arrays of arrays.
  await tx.query(sql`
    INSERT INTO event_versions (event_id, version, change, valid_from_rev, occurred_on, occurred_on_precision, title, description, topics, source, url)
    SELECT u.event_id, u.version, u.change::"ChangeKind", ${revision}, u.occurred_on, u.precision::"DatePrecision", u.title, u.description,
      COALESCE(string_to_array(NULLIF(u.topics, ''), ',')::"Topic"[], '{}'), u.source, u.url
    FROM unnest(${pgArray(writes.map((w) => ('id' in w.event ? w.event.id : (idBySlug.get(w.event.slug) as number))))}::int[],
                ${pgArray(writes.map((w) => (w.replaces?.version ?? 0) + 1))}::int[], ${pgArray(writes.map((w) => w.change))}::text[],
                ${pgArray(c.map((x) => x.date.date))}::date[], ${pgArray(c.map((x) => x.date.precision))}::text[], ${pgArray(c.map((x) => x.title))}::text[],
                ${pgArray(c.map((x) => x.description))}::text[], ${pgArray(c.map((x) => x.topics.join(',')))}::text[], ${pgArray(c.map((x) => x.source))}::text[],
                ${pgArray(c.map((x) => x.url))}::text[])
      AS u(event_id, version, change, occurred_on, precision, title, description, topics, source, url)`);
  return idBySlug;
}

async function applyHeadlines(tx: Tx, slugs: string[], seriesIdBySlug: (slug: string) => number, revision: number): Promise<void> {
  await tx.query(sql`UPDATE headline_series SET valid_to_rev = ${revision} WHERE valid_to_rev IS NULL`);
  if (slugs.length === 0) return;
  await tx.query(sql`
    INSERT INTO headline_series (series_id, position, valid_from_rev)
    SELECT u.series_id, u.position, ${revision}
    FROM unnest(${pgArray(slugs.map(seriesIdBySlug))}::int[], ${pgArray(slugs.map((_, i) => i + 1))}::int[]) AS u(series_id, position)`);
}

async function applyMerges(tx: Tx, claimants: Merge[], publishers: Merge[], revision: number): Promise<void> {
  if (claimants.length > 0) {
    await tx.query(sql`
      INSERT INTO claimant_merges (claimant_id, into_id, revision)
      SELECT u.from_id, u.into_id, ${revision} FROM unnest(${pgArray(claimants.map((m) => m.fromId))}::int[], ${pgArray(claimants.map((m) => m.intoId))}::int[]) AS u(from_id, into_id)`);
  }
  if (publishers.length > 0) {
    await tx.query(sql`
      INSERT INTO publisher_merges (publisher_id, into_id, revision)
      SELECT u.from_id, u.into_id, ${revision} FROM unnest(${pgArray(publishers.map((m) => m.fromId))}::int[], ${pgArray(publishers.map((m) => m.intoId))}::int[]) AS u(from_id, into_id)`);
  }
}

/** The ids the write gave the records it created, by natural key (figures) or slug (series, events). */
export interface Applied {
  figureIds: Map<string, number>;
  seriesIds: Map<string, number>;
  eventIds: Map<string, number>;
}

export async function applyPlan(tx: Tx, plan: WritePlan, revision: number, onWritten?: OnWritten): Promise<Applied> {
  const createdSeries = await applySeries(tx, plan.series, revision);
  const slugsToFind = new Set<string>();
  for (const w of plan.figures) if ('seriesSlug' in w.figure && !createdSeries.has(w.figure.seriesSlug)) slugsToFind.add(w.figure.seriesSlug);
  for (const slug of plan.headlines ?? []) if (!createdSeries.has(slug)) slugsToFind.add(slug);
  const known = new Map(createdSeries);
  if (slugsToFind.size > 0) {
    const rows = await tx.query<{ id: number; slug: string }>(sql`SELECT id, slug FROM series WHERE slug = ANY(${pgArray([...slugsToFind])}::text[])`);
    for (const row of rows) known.set(row.slug, row.id);
  }
  const seriesIdBySlug = (slug: string) => {
    const id = known.get(slug);
    if (id === undefined) throw new Error(`the plan names series "${slug}", which does not exist`);
    return id;
  };
  const figureIds = await applyFigures(tx, plan.figures, seriesIdBySlug, revision, onWritten);
  if (plan.figures.length > 0) await updateFigureCounts(tx, revision);
  const eventIds = await applyEvents(tx, plan.events, revision);
  if (plan.headlines) await applyHeadlines(tx, plan.headlines, seriesIdBySlug, revision);
  await applyMerges(tx, plan.claimantMerges, plan.publisherMerges, revision);
  return { figureIds, seriesIds: createdSeries, eventIds };
}
