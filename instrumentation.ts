// Runs once when the server starts: a missing or malformed setting stops it here, with a message that
// names the setting, rather than on the first request that needs it.
//
// Errors the app did not catch itself (a page's or a layout's read failing) reach onRequestError; one
// that says the database cannot be reached is passed on to the web server, which then answers 503 for
// the request instead of an error page, and keeps the answer out of its cache.
import type { Instrumentation } from 'next';
import { reportIfDatabaseUnavailable } from '@/lib/server/outage-signal';

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { validateAppEnv } = await import('./lib/env');
  validateAppEnv();
}

export const onRequestError: Instrumentation.onRequestError = (error) => {
  reportIfDatabaseUnavailable(error);
};
