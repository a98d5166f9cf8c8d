/**
 * Database ids in URLs: positive integers that fit Postgres' `integer`. Anything else cannot name a
 * row, so the caller answers 404 without asking the database.
 */
export function parseRecordId(text: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= 2_147_483_647 ? id : null;
}
