// Import errors name the file, row and column, and are reported all at once.

export interface RowIssue {
  row?: number;
  column?: string;
  message: string;
}

export function formatIssue(issue: RowIssue): string {
  const where = [issue.row !== undefined ? `row ${issue.row}` : null, issue.column ? `column ${issue.column}` : null]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
}

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly issues: RowIssue[],
  ) {
    super(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}, nothing imported\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ImportError';
  }
}
