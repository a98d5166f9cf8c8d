// Errors the app did not catch itself (a page's or a layout's read failing) reach here; one that says
// the database cannot be reached is passed on to the web server, which then answers 503 for the
// request instead of an error page, and keeps the answer out of its cache.
import type { Instrumentation } from 'next';
import { reportIfDatabaseUnavailable } from '@/lib/server/outage-signal';

export const onRequestError: Instrumentation.onRequestError = (error) => {
  reportIfDatabaseUnavailable(error);
};
