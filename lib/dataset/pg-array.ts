// Bulk parameters for the dataset's statements.

/**
 * A column as a PostgreSQL array literal, sent as one text parameter and cast in SQL (`::int[]`):
 * pg's own conversion of a JavaScript array costs a function call per element, which is most of the
 * client's time for 100,000 rows. Strings are always quoted, with backslash and quote escaped, as the
 * array syntax requires; null is NULL.
 */
export function pgArray(values: readonly (string | number | null)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value === null) parts[i] = 'NULL';
    else if (typeof value === 'number') parts[i] = String(value);
    else parts[i] = `"${NEEDS_ESCAPE.test(value) ? value.replace(/[\\"]/g, '\\$&') : value}"`;
  }
  return `{${parts.join(',')}}`;
}

const NEEDS_ESCAPE = /[\\"]/;
