import type { Metadata, Viewport } from 'next';
import { SiteChrome } from '@/components/site-chrome';
import { SiteHeader } from '@/components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Sourced Figures', template: '%s · Sourced Figures' },
  description:
    'Statistics on North Korea’s support for Russia’s war against Ukraine, where every number carries who said it and who published it.',
  applicationName: 'Sourced Figures',
};

// Every page is rendered per request: each answer's scripts carry the nonce of its own Content
// Security Policy (proxy.ts), which a page prerendered at build time could not.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#18181b' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <SiteChrome
          header={<SiteHeader />}
          footer={
            <footer className="mx-auto max-w-6xl px-4 pb-10 text-xs text-zinc-600 sm:px-6 dark:text-zinc-400">
              Figures come from public statements and reporting. Each is shown with who made the claim and who published
              it; where sources disagree, every estimate is shown rather than one picked.
            </footer>
          }
        >
          {children}
        </SiteChrome>
      </body>
    </html>
  );
}
