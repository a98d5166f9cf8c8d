import type { Metadata } from 'next';
import { EmbedFrame } from '@/components/share/embed-frame';

// Embeds are copies of pages that live elsewhere; search engines should index the originals.
export const metadata: Metadata = { robots: { index: false } };

/**
 * Views for other sites to frame (next.config.ts lets only /embed/* be framed): no site header or
 * footer (components/site-chrome.tsx leaves them out here), just the chart, its sources and a link back.
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <EmbedFrame>
      <main>{children}</main>
    </EmbedFrame>
  );
}
