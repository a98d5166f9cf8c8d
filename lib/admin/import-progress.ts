// What the import page's progress bar says at each step of an upload: sending the files, reading each
// one row by row, checking them against the data, writing. And the reading of the NDJSON stream the
// write API sends while it works (POST /api/v1/imports with Accept: application/x-ndjson).
import type { ImportProgress } from '@/lib/importer/import-files';

export type UploadProgress = { phase: 'uploading'; bytes: number; totalBytes: number } | ImportProgress;

export interface ProgressView {
  /** "Step 2 of 3: reading figures.csv, 5,000 of about 100,000 rows" */
  label: string;
  /** How far the step is, from 0 to 1; null while it cannot say (checking against the data). */
  fraction: number | null;
}

const COUNT = new Intl.NumberFormat('en-GB');

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function describeProgress(progress: UploadProgress, dryRun: boolean): ProgressView {
  const steps = dryRun ? 3 : 4;
  const step = (n: number, text: string) => `Step ${n} of ${steps}: ${text}`;
  switch (progress.phase) {
    case 'uploading':
      return {
        label: step(1, `sending the files, ${megabytes(progress.bytes)} of ${megabytes(progress.totalBytes)}`),
        fraction: progress.totalBytes > 0 ? progress.bytes / progress.totalBytes : null,
      };
    case 'validating':
      return {
        label: step(2, `reading ${progress.file}, ${COUNT.format(progress.rows)} of ${progress.rows < progress.totalRows ? 'about ' : ''}${COUNT.format(progress.totalRows)} rows`),
        fraction: progress.totalRows > 0 ? progress.rows / progress.totalRows : null,
      };
    case 'checking':
      return { label: step(3, 'checking the rows against the data'), fraction: null };
    case 'writing':
      return {
        label: step(4, `writing ${COUNT.format(progress.rows)} of ${COUNT.format(progress.totalRows)} figures as one revision`),
        fraction: progress.totalRows > 0 ? progress.rows / progress.totalRows : 1,
      };
  }
}

/** Reads an NDJSON text as it grows: each call returns the lines completed since the last one. */
export function ndjsonReader(): (text: string) => unknown[] {
  let consumed = 0;
  return (text) => {
    const end = text.lastIndexOf('\n') + 1;
    if (end <= consumed) return [];
    const lines = text.slice(consumed, end).split('\n').filter((line) => line.trim() !== '');
    consumed = end;
    return lines.map((line) => JSON.parse(line) as unknown);
  };
}
