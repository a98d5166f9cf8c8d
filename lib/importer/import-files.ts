// The only way data gets in. A file is validated whole before anything is written; a valid file is
// written in one transaction as one dataset revision; an unchanged file writes nothing at all.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Prisma, type FigureVersion, type PrismaClient } from '@/generated/prisma/client';
import { createPrismaClient } from '@/lib/db';
import { partialDateToDb } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';
import { readCsv } from './csv';
import { parseEventsFile, type EventRow } from './events';
import { ImportError, type RowIssue } from './errors';
import { figureContentHash, figureKey } from './figure-key';
import { FIGURE_COLUMNS, SERIES_COLUMNS, validateFigureRow, validateSeriesRow, type FigureRow, type SeriesRow } from './rows';

// Serialises imports so that two at once cannot both create revision N or the same figure.
const IMPORT_LOCK = 7_301_001;

export interface ImportOptions {
  databaseUrl: string;
  figuresFile?: string;
  seriesFile?: string;
  eventsFile?: string;
  author: string;
  reason: string;
  /** Treat the file as complete for its series: current figures of those series absent from it are retired. */
  retireMissing?: boolean;
}

export interface ImportReport {
  /** The dataset revision written, or null when the files changed nothing. */
  revision: number | null;
  seriesCreated: number;
  seriesUpdated: number;
  figuresCreated: number;
  figuresCorrected: number;
  figuresUnchanged: number;
  figuresRetired: number;
  eventsWritten: number;
}

export async function parseSeriesFile(file: string): Promise<SeriesRow[]> {
  const label = path.basename(file);
  const table = readCsv(await readFile(file), label, SERIES_COLUMNS);
  const issues: RowIssue[] = [];
  const rows: SeriesRow[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, values } of table.rows) {
    const result = validateSeriesRow(rowNumber, values);
    for (const issue of result.issues) issues.push(issue);
    if (!result.row) continue;
    const first = seen.get(result.row.slug);
    if (first) issues.push({ row: rowNumber, column: 'slug', message: `"${result.row.slug}" is already defined in row ${first}` });
    seen.set(result.row.slug, rowNumber);
    rows.push(result.row);
  }
  if (issues.length > 0) throw new ImportError(label, issues);
  return rows;
}

export async function parseFiguresFile(file: string, knownSeries: Set<string>): Promise<FigureRow[]> {
  const label = path.basename(file);
  const table = readCsv(await readFile(file), label, FIGURE_COLUMNS);
  const issues: RowIssue[] = [];
  const rows: FigureRow[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, values } of table.rows) {
    const result = validateFigureRow(rowNumber, values);
    for (const issue of result.issues) issues.push(issue);
    if (!result.row) continue;
    if (!knownSeries.has(result.row.series)) {
      issues.push({ row: rowNumber, column: 'series', message: `"${result.row.series}" is not a known series; add it to the series file first` });
      continue;
    }
    const key = figureKey(result.row);
    const first = seen.get(key);
    if (first) {
      issues.push({ row: rowNumber, message: `repeats row ${first}: same series, claimant, publisher, link, date and period` });
      continue;
    }
    seen.set(key, rowNumber);
    rows.push(result.row);
  }
  if (issues.length > 0) throw new ImportError(label, issues);
  return rows;
}

type Tx = Prisma.TransactionClient;

/** The claim itself, without the bookkeeping of which version and revision it belongs to. */
function contentOf(v: FigureVersion): Prisma.FigureVersionUncheckedCreateInput {
  return {
    figureId: v.figureId,
    seriesId: v.seriesId,
    version: v.version,
    change: v.change,
    validFromRev: v.validFromRev,
    value: v.value,
    qualifier: v.qualifier,
    valueLow: v.valueLow,
    valueHigh: v.valueHigh,
    periodStart: v.periodStart,
    periodStartPrecision: v.periodStartPrecision,
    periodEnd: v.periodEnd,
    periodEndPrecision: v.periodEndPrecision,
    claimantId: v.claimantId,
    via: v.via,
    publisherId: v.publisherId,
    url: v.url,
    publicationTitle: v.publicationTitle,
    publishedOn: v.publishedOn,
    publishedOnPrecision: v.publishedOnPrecision,
    quote: v.quote,
    note: v.note,
    contentHash: v.contentHash,
  };
}

const dbDate = (d: PartialDate | null) => (d ? partialDateToDb(d) : null);

async function idsByName(tx: Tx, rows: FigureRow[]) {
  const claimantPairs = [...new Map(rows.map((r) => [`${r.claimant}\u0000${r.claimantOrg}`, { name: r.claimant, organization: r.claimantOrg }])).values()];
  const publisherNames = [...new Set(rows.map((r) => r.publisher))];
  await tx.claimant.createMany({ data: claimantPairs, skipDuplicates: true });
  await tx.publisher.createMany({ data: publisherNames.map((name) => ({ name })), skipDuplicates: true });
  const claimants = await tx.claimant.findMany({ where: { OR: claimantPairs } });
  const publishers = await tx.publisher.findMany({ where: { name: { in: publisherNames } } });
  return {
    claimant: new Map(claimants.map((c) => [`${c.name}\u0000${c.organization}`, c.id])),
    publisher: new Map(publishers.map((p) => [p.name, p.id])),
  };
}

function versionData(row: FigureRow, ids: Awaited<ReturnType<typeof idsByName>>) {
  return {
    value: new Prisma.Decimal(row.value),
    qualifier: row.qualifier,
    valueLow: row.valueLow === null ? null : new Prisma.Decimal(row.valueLow),
    valueHigh: row.valueHigh === null ? null : new Prisma.Decimal(row.valueHigh),
    periodStart: dbDate(row.periodStart),
    periodStartPrecision: row.periodStart?.precision ?? null,
    periodEnd: dbDate(row.periodEnd),
    periodEndPrecision: row.periodEnd?.precision ?? null,
    claimantId: ids.claimant.get(`${row.claimant}\u0000${row.claimantOrg}`) as number,
    via: row.via,
    publisherId: ids.publisher.get(row.publisher) as number,
    url: row.url,
    publicationTitle: row.title,
    publishedOn: dbDate(row.publishedOn),
    publishedOnPrecision: row.publishedOn?.precision ?? null,
    quote: row.quote,
    note: row.note,
    contentHash: figureContentHash(row),
  };
}

interface ParsedFiles {
  series: SeriesRow[];
  figures: FigureRow[];
  events: EventRow[];
}

const eventKey = (e: { occurredOn: Date; occurredOnPrecision: string; title: string; description: string; topics: string[]; source: string; url: string | null }) =>
  JSON.stringify([e.occurredOn.toISOString(), e.occurredOnPrecision, e.title, e.description, [...e.topics].sort(), e.source, e.url]);

function eventData(row: EventRow) {
  return {
    occurredOn: partialDateToDb(row.date),
    occurredOnPrecision: row.date.precision,
    title: row.title,
    description: row.description,
    topics: row.topics,
    source: row.source,
    url: row.url,
  };
}

async function writeImport(prisma: PrismaClient, files: ParsedFiles, options: ImportOptions): Promise<ImportReport> {
  const { series: seriesRows, figures: figureRows } = files;
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
      const report: ImportReport = {
        revision: null,
        seriesCreated: 0,
        seriesUpdated: 0,
        figuresCreated: 0,
        figuresCorrected: 0,
        figuresUnchanged: 0,
        figuresRetired: 0,
        eventsWritten: 0,
      };

      const existingSeries = await tx.series.findMany();
      const seriesBySlug = new Map(existingSeries.map((s) => [s.slug, s]));
      const conflicts: RowIssue[] = [];
      const newSeries: SeriesRow[] = [];
      const changedSeries: SeriesRow[] = [];
      for (const row of seriesRows) {
        const current = seriesBySlug.get(row.slug);
        if (!current) {
          newSeries.push(row);
          continue;
        }
        if (current.unit !== row.unit || current.kind !== row.kind) {
          conflicts.push({
            row: row.rowNumber,
            column: current.unit !== row.unit ? 'unit' : 'kind',
            message: `series "${row.slug}" already exists with unit "${current.unit}" and kind "${current.kind}"; changing them would change the meaning of its figures, so create a new series instead`,
          });
        } else if (current.title !== row.title || current.topic !== row.topic || current.description !== row.description) {
          changedSeries.push(row);
        }
      }
      if (conflicts.length > 0 && options.seriesFile) throw new ImportError(path.basename(options.seriesFile), conflicts);

      const keys = figureRows.map(figureKey);
      const existingFigures = await tx.figure.findMany({
        where: { naturalKey: { in: keys } },
        include: { versions: { where: { validToRev: null } } },
      });
      const figureByKey = new Map(existingFigures.map((f) => [f.naturalKey, f]));
      const created: FigureRow[] = [];
      const corrected: { row: FigureRow; figureId: number; current: (typeof existingFigures)[number]['versions'][number] }[] = [];
      figureRows.forEach((row, i) => {
        const figure = figureByKey.get(keys[i]);
        const current = figure?.versions[0];
        if (!figure || !current) {
          created.push(row);
        } else if (current.change === 'retired' || current.contentHash !== figureContentHash(row)) {
          corrected.push({ row, figureId: figure.id, current });
        } else {
          report.figuresUnchanged += 1;
        }
      });

      let retiring: { id: number; figureId: number; version: number; data: Prisma.FigureVersionUncheckedCreateInput }[] = [];
      if (options.retireMissing) {
        const slugs = [...new Set(figureRows.map((r) => r.series))];
        const stale = await tx.figureVersion.findMany({
          where: {
            validToRev: null,
            change: { not: 'retired' },
            series: { slug: { in: slugs } },
            figure: { naturalKey: { notIn: keys } },
          },
        });
        retiring = stale.map((v) => ({ id: v.id, figureId: v.figureId, version: v.version, data: contentOf(v) }));
      }

      const existingEvents = new Map((await tx.event.findMany({ where: { slug: { in: files.events.map((e) => e.slug) } } })).map((e) => [e.slug, e]));
      const changedEvents = files.events.filter((row) => {
        const current = existingEvents.get(row.slug);
        return !current || eventKey(current) !== eventKey(eventData(row));
      });

      if (newSeries.length + changedSeries.length + created.length + corrected.length + retiring.length + changedEvents.length === 0) return report;

      const revision = await tx.datasetRevision.create({
        data: {
          author: options.author,
          reason: options.reason,
          source: [options.seriesFile, options.figuresFile, options.eventsFile].filter(Boolean).map((f) => path.basename(f as string)).join(', ') || null,
        },
      });
      report.revision = revision.id;

      for (const row of newSeries) {
        await tx.series.create({
          data: { slug: row.slug, title: row.title, unit: row.unit, topic: row.topic, kind: row.kind, description: row.description, createdRev: revision.id },
        });
      }
      for (const row of changedSeries) {
        await tx.series.update({ where: { slug: row.slug }, data: { title: row.title, topic: row.topic, description: row.description } });
      }
      report.seriesCreated = newSeries.length;
      report.seriesUpdated = changedSeries.length;

      const seriesIds = new Map((await tx.series.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
      const ids = await idsByName(tx, [...created, ...corrected.map((c) => c.row)]);

      for (const row of created) {
        const seriesId = seriesIds.get(row.series) as number;
        const figure = await tx.figure.create({ data: { seriesId, naturalKey: figureKey(row) } });
        await tx.figureVersion.create({
          data: { ...versionData(row, ids), figureId: figure.id, seriesId, version: 1, change: 'created', validFromRev: revision.id },
        });
      }
      for (const { row, figureId, current } of corrected) {
        await tx.figureVersion.update({ where: { id: current.id }, data: { validToRev: revision.id } });
        await tx.figureVersion.create({
          data: {
            ...versionData(row, ids),
            figureId,
            seriesId: current.seriesId,
            version: current.version + 1,
            change: 'corrected',
            validFromRev: revision.id,
          },
        });
      }
      for (const stale of retiring) {
        await tx.figureVersion.update({ where: { id: stale.id }, data: { validToRev: revision.id } });
        await tx.figureVersion.create({
          data: { ...stale.data, version: stale.version + 1, change: 'retired', validFromRev: revision.id },
        });
      }
      report.figuresCreated = created.length;
      report.figuresCorrected = corrected.length;
      report.figuresRetired = retiring.length;

      for (const row of changedEvents) {
        const data = { ...eventData(row), updatedRev: revision.id };
        await tx.event.upsert({ where: { slug: row.slug }, create: { slug: row.slug, createdRev: revision.id, ...data }, update: data });
      }
      report.eventsWritten = changedEvents.length;
      return report;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Validates the files completely, then writes them as one revision (or nothing, if nothing changed). */
export async function importFiles(options: ImportOptions): Promise<ImportReport> {
  if (!options.figuresFile && !options.seriesFile && !options.eventsFile) {
    throw new Error('Nothing to import: give a figures file, a series file, an events file, or several');
  }
  const prisma = createPrismaClient(options.databaseUrl);
  try {
    const seriesRows = options.seriesFile ? await parseSeriesFile(options.seriesFile) : [];
    const known = new Set([...(await prisma.series.findMany({ select: { slug: true } })).map((s) => s.slug), ...seriesRows.map((s) => s.slug)]);
    const figureRows = options.figuresFile ? await parseFiguresFile(options.figuresFile, known) : [];
    const eventRows = options.eventsFile ? await parseEventsFile(options.eventsFile) : [];
    return await writeImport(prisma, { series: seriesRows, figures: figureRows, events: eventRows }, options);
  } finally {
    await prisma.$disconnect();
  }
}
