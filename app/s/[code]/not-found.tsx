import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';

export const metadata: Metadata = { title: 'Short link not found' };

export default function ShortLinkNotFound() {
  return (
    <NotFoundMessage
      title="Short link not found"
      links={[
        { href: '/', label: 'Go to the dashboard' },
        { href: '/explore', label: 'Open the explorer' },
      ]}
    >
      <p>
        No view is stored under this short link. Check that it was copied whole: codes are ten letters and digits, and
        capitals matter.
      </p>
    </NotFoundMessage>
  );
}
