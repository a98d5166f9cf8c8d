'use client';

import { RouteError } from '@/components/route-error';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      title="This page could not be loaded"
      message="The figures could not be read just now. This is usually brief; try again in a moment. Your link keeps the view."
    />
  );
}
