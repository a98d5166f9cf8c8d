import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <NotFoundMessage
      title="Page not found"
      links={[
        { href: '/', label: 'Go to the dashboard' },
        { href: '/sources', label: 'Browse sources' },
      ]}
    >
      <p>There is no page at this address. The link may be mistyped, or the page may have moved.</p>
    </NotFoundMessage>
  );
}
