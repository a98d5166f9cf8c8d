// The importer: CSV files in, one dataset revision out. Files are validated whole before anything is
// written (every problem by row and column, then nothing is imported); the state is then read under
// the dataset write lock, planned (lib/dataset/plan-import.ts) and written in bulk as one revision,
// or not at all when the files change nothing. The seed sync (./seed.ts) is the same import in
// add-only mode.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Pool } from 'pg';
import { createWritePool } from '@/lib/dataset/pool';
import type { FigureContent } from '@/lib/dataset/figure-input';
import { figureKey } from '@/lib/dataset/figure-key';
import { planImport, type ImportPlan, type ImportPlanOptions, type ImportRows, type ImportState, type ImportSummary } from '@/lib/dataset/plan-import';
import { readEventState, readFigureContents, readFigureState, readHeadlinesSet, readNameAliases, readSeriesState } from '@/lib/dataset/read-state';
import { inTransaction, writeDataset, type Actor, type Tx } from '@/lib/dataset/write';
import { readCsv, type Cells } from './csv';
import { ImportError, type RowIssue } from './errors';
import { EVENT_COLUMNS, FIGURE_COLUMNS, SERIES_COLUMNS, validateEventRow, validateFigureRow, validateSeriesRow } from './rows';

export interface ImportOptions {
  databaseUrl: string;
  figuresFile?: string;
  seriesFile?: string;
  eventsFile?: string;
  author: string;
  /** The account writing, when one does; scripts and the CLI have none. */
  authorId?: string | null;
  reason: string;
  /** Treat the file as complete for its series: current figures of those series absent from it are retired. */
  retireMissing?: boolean;
}

export interface ImportReport extends ImportSummary {
  /** The dataset revision written, or null when the files changed nothing. */
  revision: number | null;
}

/** The files' rows as the importer read them, and the names to report problems under. */
export interface ParsedFiles extends ImportRows {
  labels: { series: string; figures: string; events: string };
}

/** How far an import has come, for a progress bar: reading each file, checking it against the data, writing. */
export type ImportProgress =
  | { phase: 'validating'; file: string; rows: number; totalRows: number }
  | { phase: 'checking' }
  | { phase: 'writing'; rows: number; totalRows: number };

export type OnImportProgress = (progress: ImportProgress) => void;

/** Validates every row of a table, collecting every problem and refusing rows that repeat an earlier one. */
async function validateRows<T>(
  bytes: Uint8Array,
  label: string,
  columns: { required: readonly string[]; optional: readonly string[] },
  validate: (rowNumber: number, cells: Cells) => { row?: T; issues: RowIssue[] },
  identity: (row: T) => { key: string; column?: string; message: (first: number) => string },
  extra: (row: T, rowNumber: number) => RowIssue | null,
  onProgress?: OnImportProgress,
): Promise<{ rowNumber: number; key: string; row: T }[]> {
  const issues: RowIssue[] = [];
  const out: { rowNumber: number; key: string; row: T }[] = [];
  const seen = new Map<string, number>();
  const progress = onProgress && ((rows: number, totalRows: number) => onProgress({ phase: 'validating', file: label, rows, totalRows }));
  await readCsv(bytes, label, columns, (rowNumber, cells) => {
    const result = validate(rowNumber, cells);
    if (!result.row) {
      for (const issue of result.issues) issues.push(issue);
      return;
    }
    const problem = extra(result.row, rowNumber);
    if (problem) {
      issues.push(problem);
      return;
    }
    const { key, column, message } = identity(result.row);
    const first = seen.get(key);
    if (first) {
      issues.push({ row: rowNumber, ...(column ? { column } : {}), message: message(first) });
      return;
    }
    seen.set(key, rowNumber);
    out.push({ rowNumber, key, row: result.row });
  }, progress);
  if (issues.length > 0) throw new ImportError(label, issues);
  return out;
}

const noExtraRule = () => null;

export async function parseSeriesCsv(bytes: Uint8Array, label: string, onProgress?: OnImportProgress): Promise<ImportRows['series']> {
  const rows = await validateRows(
    bytes,
    label,
    SERIES_COLUMNS,
    validateSeriesRow,
    (row) => ({ key: row.slug, column: 'slug', message: (first) => `"${row.slug}" is already defined in row ${first}` }),
    noExtraRule,
    onProgress,
  );
  return rows.map(({ rowNumber, row }) => ({ rowNumber, ...row }));
}

/** `knownSeries`: the slugs a figure may name (those in the database and in the series file). */
export async function parseFiguresCsv(
  bytes: Uint8Array,
  label: string,
  knownSeries: ReadonlySet<string>,
  onProgress?: OnImportProgress,
): Promise<ImportRows['figures']> {
  const rows = await validateRows(
    bytes,
    label,
    FIGURE_COLUMNS,
    validateFigureRow,
    (row) => ({ key: figureKey(row), message: (first) => `repeats row ${first}: same series, claimant, publisher, link, date and period` }),
    (row, rowNumber) =>
      knownSeries.has(row.seriesSlug)
        ? null
        : { row: rowNumber, column: 'series', message: `"${row.seriesSlug}" is not a known series; add it to the series file first` },
    onProgress,
  );
  return rows.map(({ rowNumber, key, row }) => ({ rowNumber, key, figure: row }));
}

export async function parseEventsCsv(bytes: Uint8Array, label: string, onProgress?: OnImportProgress): Promise<ImportRows['events']> {
  const rows = await validateRows(
    bytes,
    label,
    EVENT_COLUMNS,
    validateEventRow,
    (row) => ({ key: row.slug, column: 'slug', message: (first) => `"${row.slug}" is already defined in row ${first}` }),
    noExtraRule,
    onProgress,
  );
  return rows.map(({ rowNumber, row }) => ({ rowNumber, ...row }));
}

/** The slugs of every series in the database, for the figures file to name. */
async function knownSeriesSlugs(pool: Pool): Promise<Set<string>> {
  const { rows } = await pool.query<{ slug: string }>('SELECT slug FROM series WHERE retired_rev IS NULL');
  return new Set(rows.map((row) => row.slug));
}

/** A CSV file's bytes and the name to report its problems under. */
export interface CsvUpload {
  bytes: Uint8Array;
  label: string;
}

/** Validates uploaded tables (any of them may be absent), each wholly before the next: what a browser upload parses. */
export async function parseUploads(
  pool: Pool,
  uploads: { series?: CsvUpload; figures?: CsvUpload; events?: CsvUpload },
  onProgress?: OnImportProgress,
): Promise<ParsedFiles> {
  const labels = { series: uploads.series?.label ?? 'series.csv', figures: uploads.figures?.label ?? 'figures.csv', events: uploads.events?.label ?? 'events.csv' };
  const series = uploads.series ? await parseSeriesCsv(uploads.series.bytes, labels.series, onProgress) : [];
  let figures: ImportRows['figures'] = [];
  if (uploads.figures) {
    const known = await knownSeriesSlugs(pool);
    for (const row of series) known.add(row.slug);
    figures = await parseFiguresCsv(uploads.figures.bytes, labels.figures, known, onProgress);
  }
  const events = uploads.events ? await parseEventsCsv(uploads.events.bytes, labels.events, onProgress) : [];
  return { series, figures, events, labels };
}

/** Reads and validates the files (any of them may be absent), each wholly before the next. */
export async function parseFiles(pool: Pool, files: { seriesFile?: string; figuresFile?: string; eventsFile?: string }): Promise<ParsedFiles> {
  const upload = async (file: string | undefined): Promise<CsvUpload | undefined> => (file ? { bytes: await readFile(file), label: path.basename(file) } : undefined);
  return parseUploads(pool, { series: await upload(files.seriesFile), figures: await upload(files.figuresFile), events: await upload(files.eventsFile) });
}

/** What the plan needs to know about the database: the records the rows name, read in a few statements. */
async function readImportState(tx: Tx, rows: ImportRows, options: ImportPlanOptions): Promise<ImportState> {
  const figureSlugs = new Set(rows.figures.map((row) => row.figure.seriesSlug));
  const slugs = new Set([...rows.series.map((row) => row.slug), ...figureSlugs, ...(options.defaultHeadlines ?? [])]);
  const series = await readSeriesState(tx, [...slugs]);
  const retiring = options.retireMissing && options.mode === 'update';
  const inSeries = retiring ? [...figureSlugs].flatMap((slug) => series.get(slug)?.id ?? []) : undefined;
  const figures = await readFigureState(tx, { keys: rows.figures.map((row) => row.key), inSeries });
  if (retiring) {
    // Retiring a figure writes its content again, so those (and only those) are read in full.
    const named = new Set(rows.figures.map((row) => row.key));
    const missing = [...figures.values()].filter((figure) => !figure.retired && !named.has(figure.key));
    const contents = await readFigureContents(tx, missing.map((figure) => figure.versionId));
    for (const figure of missing) figure.content = contents.get(figure.versionId);
  }
  const events = new Map((await readEventState(tx, { slugs: rows.events.map((row) => row.slug) })).map((event) => [event.slug, event]));
  return {
    series,
    figures,
    events,
    aliases: await readNameAliases(tx),
    headlinesSet: options.defaultHeadlines ? await readHeadlinesSet(tx) : true,
  };
}

function refuseIssues(planned: ImportPlan, files: ParsedFiles): void {
  if (planned.issues.length === 0) return;
  const file = planned.issues[0].file;
  throw new ImportError(
    files.labels[file],
    planned.issues.filter((issue) => issue.file === file).map(({ row, column, message }) => ({ row, column, message })),
  );
}

export interface ImportPreview extends ImportPlan {
  /** For each figure the import would correct or retire, what it says now: the "before" of its diff. */
  before: Map<number, FigureContent>;
}

/** Plans parsed files against the database without writing: the dry run an upload shows first. */
export async function previewImport(pool: Pool, files: ParsedFiles, options: ImportPlanOptions, onProgress?: OnImportProgress): Promise<ImportPreview> {
  return inTransaction(
    pool,
    async (tx) => {
      onProgress?.({ phase: 'checking' });
      const planned = planImport(files, await readImportState(tx, files, options), options);
      const replaced = planned.plan.figures.flatMap((write) => ('id' in write.figure && write.replaces ? [{ figureId: write.figure.id, versionId: write.replaces.versionId }] : []));
      const contents = await readFigureContents(tx, replaced.map((r) => r.versionId));
      return { ...planned, before: new Map(replaced.map((r) => [r.figureId, contents.get(r.versionId) as FigureContent])) };
    },
    { readOnly: true },
  );
}

/** Writes parsed files as one revision (or nothing, when they change nothing). */
export async function writeImport(
  pool: Pool,
  files: ParsedFiles,
  meta: { actor: Actor; reason: string; source: string | null },
  options: ImportPlanOptions,
  onProgress?: OnImportProgress,
): Promise<ImportReport> {
  const { revision, result } = await writeDataset(
    pool,
    meta,
    async (tx) => {
      onProgress?.({ phase: 'checking' });
      const planned = planImport(files, await readImportState(tx, files, options), options);
      refuseIssues(planned, files);
      onProgress?.({ phase: 'writing', rows: 0, totalRows: planned.plan.figures.length });
      return { plan: planned.plan, result: planned.summary };
    },
    onProgress && ((rows, totalRows) => onProgress({ phase: 'writing', rows, totalRows })),
  );
  return { revision, ...result };
}

/** Validates the files completely, then writes them as one revision (or nothing, if nothing changed). */
export async function importFiles(options: ImportOptions): Promise<ImportReport> {
  if (!options.figuresFile && !options.seriesFile && !options.eventsFile) {
    throw new Error('Nothing to import: give a figures file, a series file, an events file, or several');
  }
  const pool = createWritePool(options.databaseUrl);
  try {
    const files = await parseFiles(pool, options);
    const source = [options.seriesFile, options.figuresFile, options.eventsFile].filter((f): f is string => Boolean(f)).map((f) => path.basename(f)).join(', ');
    return await writeImport(
      pool,
      files,
      { actor: { userId: options.authorId ?? null, name: options.author }, reason: options.reason, source: source || null },
      { mode: 'update', retireMissing: options.retireMissing },
    );
  } finally {
    await pool.end();
  }
}
