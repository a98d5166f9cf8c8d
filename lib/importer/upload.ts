// An import as an editor sends it, from the admin page or the write API: up to three CSV files (the
// CLI's format, read by the CLI's validator), a reason, and whether the figures file is complete for
// its series. First a dry run, which says what the files would do and shows every correction field by
// field; then the write, one transaction and one revision. Both report their progress as they go.
import type { Pool } from 'pg';
import { diffFigureContent, type FieldChange } from '@/lib/dataset/content';
import type { Actor } from '@/lib/dataset/write';
import type { ImportSummary } from '@/lib/dataset/plan-import';
import { ImportError } from './errors';
import { parseUploads, previewImport, writeImport, type CsvUpload, type OnImportProgress, type ParsedFiles } from './import-files';

/** Corrections a dry run lists one by one; the summary counts them all. */
export const MAX_LISTED_CORRECTIONS = 200;

/** Problems an answer lists; a file with more says how many there are. */
export const MAX_LISTED_ISSUES = 1_000;

export const IMPORT_TABLES = ['series', 'figures', 'events'] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

export interface ImportUpload {
  files: Partial<Record<ImportTable, CsvUpload>>;
  /** Treat the figures file as complete for its series: their figures it leaves out are retired. */
  retireMissing: boolean;
}

/** One figure the import would correct or retire, and what changes. */
export interface PlannedCorrection {
  figureId: number;
  change: 'corrected' | 'retired';
  /** Who said it where, as the figure says now. */
  claimant: string;
  publisher: string;
  /** Field by field, named as the read API names them; empty for a retirement. */
  changes: FieldChange[];
}

export interface DryRunReport {
  summary: ImportSummary;
  corrections: PlannedCorrection[];
  /** Corrections and retirements in all; `corrections` lists the first MAX_LISTED_CORRECTIONS. */
  correctionsTotal: number;
}

export interface ImportOutcome {
  /** The revision written, or null when the files changed nothing. */
  revision: number | null;
  summary: ImportSummary;
}

/** A file's problems, each by row and column, as the answer lists them. */
export interface ImportIssues {
  file: string;
  issues: { row?: number; column?: string; message: string }[];
  /** All of the file's problems; `issues` lists the first MAX_LISTED_ISSUES. */
  total: number;
}

export function describeImportError(error: ImportError): ImportIssues {
  return { file: error.file, issues: error.issues.slice(0, MAX_LISTED_ISSUES), total: error.issues.length };
}

function hasFiles(upload: ImportUpload): boolean {
  return IMPORT_TABLES.some((table) => upload.files[table]);
}

async function parse(pool: Pool, upload: ImportUpload, onProgress?: OnImportProgress): Promise<ParsedFiles> {
  if (!hasFiles(upload)) throw new ImportError('upload', [{ message: 'give at least one file: figures, series or events' }]);
  return parseUploads(pool, upload.files, onProgress);
}

/** What the files would do, written nowhere. Throws ImportError, naming rows and columns, for files that cannot be imported. */
export async function dryRunImport(pool: Pool, upload: ImportUpload, onProgress?: OnImportProgress): Promise<DryRunReport> {
  const files = await parse(pool, upload, onProgress);
  const preview = await previewImport(pool, files, { mode: 'update', retireMissing: upload.retireMissing }, onProgress);
  if (preview.issues.length > 0) {
    const file = preview.issues[0].file;
    throw new ImportError(
      files.labels[file],
      preview.issues.filter((issue) => issue.file === file).map(({ row, column, message }) => ({ row, column, message })),
    );
  }
  const corrections: PlannedCorrection[] = [];
  let correctionsTotal = 0;
  for (const write of preview.plan.figures) {
    if (!('id' in write.figure) || write.change === 'created') continue;
    correctionsTotal += 1;
    if (corrections.length >= MAX_LISTED_CORRECTIONS) continue;
    const before = preview.before.get(write.figure.id);
    if (!before) continue;
    corrections.push({
      figureId: write.figure.id,
      change: write.change,
      claimant: before.claimant.name,
      publisher: before.publisher.name,
      changes: write.change === 'retired' ? [] : diffFigureContent(before, write.content),
    });
  }
  return { summary: preview.summary, corrections, correctionsTotal };
}

/** Writes the files as one revision, or nothing when they change nothing; refused as a whole like the dry run. */
export async function applyImport(
  pool: Pool,
  upload: ImportUpload,
  meta: { actor: Actor; reason: string },
  onProgress?: OnImportProgress,
): Promise<ImportOutcome> {
  const files = await parse(pool, upload, onProgress);
  const source = IMPORT_TABLES.flatMap((table) => upload.files[table]?.label ?? []).join(', ');
  const { revision, ...summary } = await writeImport(pool, files, { ...meta, source }, { mode: 'update', retireMissing: upload.retireMissing }, onProgress);
  return { revision, summary };
}
