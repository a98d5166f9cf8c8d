import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';

export const metadata: Metadata = { title: 'Series not found' };

// Reached when app/series/[slug]/layout.tsx finds no series with the requested slug.
export default function SeriesNotFound() {
  return (
    <NotFoundMessage title="Series not found" links={[{ href: '/#all-series', label: 'See all series' }]}>
      <p>No series has this address. Series addresses are stable, so the link may be mistyped.</p>
    </NotFoundMessage>
  );
}
