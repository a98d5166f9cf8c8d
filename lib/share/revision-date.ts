// Dataset revisions are dated by the day they were written, in UTC, the way the rest of the site writes
// dates: "28 Nov 2026".
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatRevisionDate(createdAt: Date | string): string {
  return DATE.format(typeof createdAt === 'string' ? new Date(createdAt) : createdAt);
}

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** The day and the minute, in UTC, for lists where several revisions share a day: "28 Nov 2026, 14:05 UTC". */
export function formatRevisionTime(createdAt: Date | string): string {
  const date = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  return `${DATE.format(date)}, ${TIME.format(date)} UTC`;
}
