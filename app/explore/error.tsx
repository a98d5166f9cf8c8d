'use client';

import { useEffect } from 'react';
import { ErrorPanel } from '@/components/error-panel';

export default function ExploreError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Server errors reach the browser without their message in production; the digest ties the two.
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return (
    <ErrorPanel
      title="The comparison could not be loaded"
      message="The figures could not be read just now. This is usually brief; try again in a moment. Your link keeps the view."
      digest={digest}
      onRetry={retry}
    />
  );
}
