// Reading CSV files people actually produce: UTF-8 with or without a BOM, CRLF or LF line ends.
// Anything else gets a message that says what to do, not a garbled import.
import { CsvSyntaxError, readRecords } from './csv-records';
import { ImportError, type RowIssue } from './errors';

/** A cell of the current row by its column name; empty for a column the file does not have. */
export type Cells = (column: string) => string;

export function decodeCsv(bytes: Uint8Array, fileLabel: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new ImportError(fileLabel, [{ message: 'the file is UTF-16 encoded; save it as UTF-8 (CSV UTF-8 in spreadsheet programs)' }]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(fileLabel, [{ message: 'the file is not valid UTF-8; save it as UTF-8 (CSV UTF-8 in spreadsheet programs)' }]);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Rows read between two turns of the event loop, when a caller follows the progress. */
const ROWS_PER_TURN = 5_000;

/** How far through a file the reading is: `rows` read of about `totalRows` (its line count). */
export type ReadProgress = (rows: number, totalRows: number) => void;

/** Lines in the file, less its header: the number of rows, unless fields hold line breaks. */
function estimateRows(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
  return Math.max(1, lines + (text.endsWith('\n') ? 0 : 1) - 1);
}

/**
 * Reads a CSV file row by row: checks the header, then hands each row to `onRow` with its number as a
 * spreadsheet shows it (header = row 1). Rows are not kept, so a file of 100,000 rows never sits in
 * memory twice. Problems with the file's shape are thrown as one ImportError once it is read.
 * With `onProgress`, it reports every few thousand rows and lets the event loop turn in between, so
 * the progress can reach the reader (an upload's progress bar) while the file is read.
 */
export async function readCsv(
  bytes: Uint8Array,
  fileLabel: string,
  columns: { required: readonly string[]; optional: readonly string[] },
  onRow: (rowNumber: number, cells: Cells) => void,
  onProgress?: ReadProgress,
): Promise<void> {
  const text = decodeCsv(bytes, fileLabel);
  if (text.trim() === '') {
    throw new ImportError(fileLabel, [{ message: 'the file is empty; it needs a header row and at least one row' }]);
  }
  const issues: RowIssue[] = [];
  let header: string[] | null = null;
  let index = new Map<string, number>();
  let rowNumber = 1;
  const checkHeader = (record: string[]) => {
    header = record.map((name) => name.trim());
    const known = new Set([...columns.required, ...columns.optional]);
    const missing = columns.required.filter((name) => !header?.includes(name));
    if (missing.length === columns.required.length) {
      throw new ImportError(fileLabel, [
        { row: 1, message: `the first row is not a header; it must name the columns, starting with: ${columns.required.join(', ')}` },
      ]);
    }
    const headerIssues: RowIssue[] = [];
    const seen = new Set<string>();
    for (const name of header) {
      if (seen.has(name)) headerIssues.push({ row: 1, message: `column "${name}" appears twice in the header` });
      seen.add(name);
    }
    for (const name of header.filter((n) => !known.has(n))) {
      headerIssues.push({ row: 1, column: name, message: `unknown column "${name}"; the columns are ${[...known].join(', ')}` });
    }
    for (const name of missing) headerIssues.push({ row: 1, column: name, message: `the header has no column "${name}", which is required` });
    if (headerIssues.length > 0) throw new ImportError(fileLabel, headerIssues);
    index = new Map(header.map((name, i) => [name, i]));
  };
  const totalRows = onProgress ? estimateRows(text) : 0;
  try {
    for (const { cells: record } of readRecords(text)) {
      if (header === null) {
        checkHeader(record);
        continue;
      }
      rowNumber += 1;
      if (onProgress && (rowNumber - 1) % ROWS_PER_TURN === 0) {
        onProgress(rowNumber - 1, Math.max(totalRows, rowNumber - 1));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const width = (header as string[]).length;
      if (record.length !== width) {
        issues.push({ row: rowNumber, message: `has ${record.length} cells but the header has ${width} columns` });
        continue;
      }
      onRow(rowNumber, (column) => {
        const at = index.get(column);
        return at === undefined ? '' : record[at];
      });
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new ImportError(fileLabel, [{ row: error.record, message: `the file is not valid CSV: ${error.message}` }]);
  }
  if (rowNumber === 1) issues.push({ message: 'the file has a header but no rows' });
  onProgress?.(rowNumber - 1, rowNumber - 1);
  if (issues.length > 0) throw new ImportError(fileLabel, issues);
}
