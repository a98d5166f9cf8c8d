// Reading CSV files people actually produce: UTF-8 with or without a BOM, CRLF or LF line ends.
// Anything else gets a message that says what to do, not a garbled import.
import { parse } from 'csv-parse/sync';
import { ImportError, type RowIssue } from './errors';

export interface CsvTable {
  header: string[];
  /** Each row keyed by column, with the row number as a spreadsheet shows it (header = row 1). */
  rows: { rowNumber: number; values: Record<string, string> }[];
}

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

export function readCsv(
  bytes: Uint8Array,
  fileLabel: string,
  columns: { required: readonly string[]; optional: readonly string[] },
): CsvTable {
  const text = decodeCsv(bytes, fileLabel);
  if (text.trim() === '') {
    throw new ImportError(fileLabel, [{ message: 'the file is empty; it needs a header row and at least one row' }]);
  }
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(fileLabel, [{ message: `the file is not valid CSV: ${detail}` }]);
  }
  const header = records[0].map((name) => name.trim());
  const known = new Set([...columns.required, ...columns.optional]);
  const issues: RowIssue[] = [];
  const missing = columns.required.filter((name) => !header.includes(name));
  const unknown = header.filter((name) => !known.has(name));
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) issues.push({ row: 1, message: `column "${name}" appears twice in the header` });
    seen.add(name);
  }
  if (missing.length === columns.required.length) {
    throw new ImportError(fileLabel, [
      { row: 1, message: `the first row is not a header; it must name the columns, starting with: ${columns.required.join(', ')}` },
    ]);
  }
  for (const name of unknown) {
    issues.push({ row: 1, column: name, message: `unknown column "${name}"; the columns are ${[...known].join(', ')}` });
  }
  for (const name of missing) issues.push({ row: 1, column: name, message: `the header has no column "${name}", which is required` });
  if (issues.length > 0) throw new ImportError(fileLabel, issues);

  const rows = records.slice(1).map((record, index) => {
    const rowNumber = index + 2;
    if (record.length !== header.length) {
      issues.push({ row: rowNumber, message: `has ${record.length} cells but the header has ${header.length} columns` });
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      values[name] = (record[i] ?? '').trim();
    });
    return { rowNumber, values };
  });
  if (rows.length === 0) {
    issues.push({ message: 'the file has a header but no rows' });
  }
  if (issues.length > 0) throw new ImportError(fileLabel, issues);
  return { header, rows };
}
