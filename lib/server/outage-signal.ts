// How the app tells the web server (lib/server/web-server.ts) that a request met a database outage.
// The server runs the app in its own process but loads it from the build, a module graph apart from
// its own, so the two meet on a global registered under a well-known symbol. Without the web server
// (e.g. `next dev`) nobody listens and a report does nothing.
import { isDatabaseUnavailable } from '@/lib/database/unavailable';

const LISTENER = Symbol.for('sourced-figures.database-outage');

type Listener = () => void;

export function listenForDatabaseOutages(listener: Listener): void {
  (globalThis as Record<symbol, unknown>)[LISTENER] = listener;
}

/** Reports `error` when it says the database cannot be reached; returns whether it did. */
export function reportIfDatabaseUnavailable(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  const listener = (globalThis as Record<symbol, unknown>)[LISTENER] as Listener | undefined;
  listener?.();
  return true;
}
