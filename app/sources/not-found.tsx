import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';

export const metadata: Metadata = { title: 'Source not found' };

// Reached when a claimant or publisher page is asked for an id that does not exist.
export default function SourceNotFound() {
  return (
    <NotFoundMessage title="Source not found" links={[{ href: '/sources', label: 'See all sources' }]}>
      <p>No claimant or publisher has this address.</p>
    </NotFoundMessage>
  );
}
