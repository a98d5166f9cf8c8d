'use client';

import { useEffect } from 'react';
import { ErrorPanel } from '@/components/error-panel';

export interface RouteErrorProps {
  error: unknown;
  retry: () => void;
  title: string;
  message: string;
}

/** What a route's error boundary shows: a readable message, the digest that ties it to the server log, and a retry. */
export function RouteError({ error, retry, title, message }: RouteErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Server errors reach the browser without their message in production; the digest ties the two.
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return <ErrorPanel title={title} message={message} digest={digest} onRetry={retry} />;
}
