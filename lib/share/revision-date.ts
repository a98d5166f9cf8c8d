// Dataset revisions are dated by the day they were written, in UTC, the way the rest of the site writes
// dates: "28 Nov 2026".
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatRevisionDate(createdAt: Date | string): string {
  return DATE.format(typeof createdAt === 'string' ? new Date(createdAt) : createdAt);
}
