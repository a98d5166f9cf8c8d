import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';

export const metadata: Metadata = { title: 'Revision not found' };

// Reached when app/changes/[rev]/page.tsx finds no revision with the requested number.
export default function RevisionNotFound() {
  return (
    <NotFoundMessage title="Revision not found" links={[{ href: '/changes', label: 'See the corrections log' }]}>
      <p>No dataset revision has this number. The corrections log lists every revision, newest first.</p>
    </NotFoundMessage>
  );
}
