// Whether an error means the database cannot be reached right now (stopped, restarting, out of
// connections), as opposed to a query that is wrong. The first is an outage, answered with a 503 and
// Retry-After; the second is a bug, answered with a 500.

const PRISMA_CODES = new Set([
  'P1001', // can't reach the database server
  'P1002', // the server timed out
  'P1008', // operation timed out
  'P1017', // the server closed the connection
  'P2024', // timed out fetching a connection from the pool
]);

const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);

const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);

/** SQLSTATE: connection exceptions (08), and the server shutting down or starting up (57P01-57P03). */
function isOutageState(state: unknown): boolean {
  return typeof state === 'string' && (/^08/.test(state) || /^57P0[123]$/.test(state) || state === '53300');
}

function fields(error: unknown): Record<string, unknown> | null {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : null;
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  const e = fields(error);
  if (!e || depth > 5) return false;
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || isOutageState(e.code))) return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (e.kind === 'postgres' && isOutageState(e.code)) return true;
  if (typeof e.message === 'string' && /Connection terminated|Can't reach database server/.test(e.message)) return true;
  const meta = fields(e.meta);
  return [e.cause, meta?.driverAdapterError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** What a reader is told while the database cannot be reached. */
export const DATABASE_UNREACHABLE = {
  title: 'The figures cannot be reached right now',
  message:
    'The database behind this site is not answering. Nothing is lost: this works again as soon as it is back, usually within seconds.',
  retryAfterSeconds: 5,
} as const;
