import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';

export const metadata: Metadata = { title: 'Figure not found' };

// Reached when app/figures/[id]/page.tsx finds no figure with the requested id.
export default function FigureNotFound() {
  return (
    <NotFoundMessage
      title="Figure not found"
      links={[
        { href: '/changes', label: 'See the corrections log' },
        { href: '/#all-series', label: 'See all series' },
      ]}
    >
      <p>No figure has this address. Figures are never deleted, so the link may be mistyped.</p>
    </NotFoundMessage>
  );
}
