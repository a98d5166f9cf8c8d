import type { Metadata } from 'next';

// Every curation page is about the person signed in: rendered per request, never cached, never indexed
// (next.config.ts adds X-Robots-Tag for the answers that are not pages).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Curation', template: '%s · Curation · Sourced Figures' },
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
