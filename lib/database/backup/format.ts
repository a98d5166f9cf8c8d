// The backup file: JSON lines, so that it is written and read a row at a time, diffs and greps
// well, and reads with any tool. The same database always gives the same file, byte for byte:
//
//   {"format":"sourced-figures-backup","version":1,"migrations":[...],"accounts":false,"tables":[...]}
//   {"table":"dataset_revisions","columns":["id",...],"rows":2}
//   {"id":1,...}                      one line per row, as PostgreSQL's row_to_json writes it,
//   {"id":2,...}                      ordered by primary key, in UTC
//   {"table":"series",...}            the next table: parents before the tables that refer to them
//   {"sequences":{"figures_id_seq":"61",...}}   how far each sequence had counted (null: never used)
//   {"end":{"tables":9,"rows":187}}   a file without this line was cut short
//
// No timestamp or host in the header: two backups of the same data are the same file.
export const BACKUP_FORMAT = 'sourced-figures-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** The migrations applied to the database it was made from, in order. */
  migrations: string[];
  accounts: boolean;
  /** The tables that follow, in order. */
  tables: string[];
}

export interface TableHeader {
  table: string;
  columns: string[];
  rows: number;
}

export interface SequencesLine {
  sequences: Record<string, string | null>;
}

export interface EndLine {
  end: { tables: number; rows: number };
}

export class BackupFileError extends Error {}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(line: string, lineNumber: number, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupFileError(`line ${lineNumber} is not JSON where ${what} should be`);
  }
  if (!isObject(value)) throw new BackupFileError(`line ${lineNumber} is not ${what}`);
  return value;
}

export function parseHeader(line: string | undefined): BackupHeader {
  if (line === undefined) throw new BackupFileError('the file is empty');
  const value = parse(line, 1, 'the backup header');
  if (value.format !== BACKUP_FORMAT) throw new BackupFileError(`line 1 does not start a ${BACKUP_FORMAT} file`);
  if (value.version !== BACKUP_VERSION) {
    throw new BackupFileError(`the file is version ${String(value.version)} of the format; this version of the app reads version ${BACKUP_VERSION}`);
  }
  if (!isStringArray(value.migrations) || value.migrations.length === 0 || typeof value.accounts !== 'boolean' || !isStringArray(value.tables)) {
    throw new BackupFileError('line 1 lacks the migrations, accounts or tables of a backup header');
  }
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, migrations: value.migrations, accounts: value.accounts, tables: value.tables };
}

export function parseTableHeader(line: string, lineNumber: number, expected: string): TableHeader {
  const value = parse(line, lineNumber, `the start of table ${expected}`);
  if (value.table !== expected || !isStringArray(value.columns) || !Number.isSafeInteger(value.rows) || (value.rows as number) < 0) {
    throw new BackupFileError(`line ${lineNumber} should start table ${expected} (the header's order), with its columns and row count`);
  }
  return { table: expected, columns: value.columns, rows: value.rows as number };
}

export function parseSequences(line: string, lineNumber: number): SequencesLine {
  const value = parse(line, lineNumber, 'the sequences');
  const sequences = value.sequences;
  if (!isObject(sequences) || !Object.values(sequences).every((v) => v === null || (typeof v === 'string' && /^-?\d+$/.test(v)))) {
    throw new BackupFileError(`line ${lineNumber} should list the sequences after the last table`);
  }
  return { sequences: sequences as Record<string, string | null> };
}

export function parseEnd(line: string | undefined, lineNumber: number): EndLine {
  if (line === undefined) throw new BackupFileError('the file ends before its last line: it was cut short');
  const value = parse(line, lineNumber, 'the last line');
  const end = value.end;
  if (!isObject(end) || !Number.isSafeInteger(end.tables) || !Number.isSafeInteger(end.rows)) {
    throw new BackupFileError(`line ${lineNumber} should be the end of the backup`);
  }
  return { end: { tables: end.tables as number, rows: end.rows as number } };
}
