'use client';

import { usePathname } from 'next/navigation';

export interface SiteChromeProps {
  header: React.ReactNode;
  footer: React.ReactNode;
  children: React.ReactNode;
}

/** Embeds live inside other sites' pages, and bring only their own minimal frame (app/embed/layout.tsx). */
export function isEmbedPath(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * The site's header, main column and footer around every page except embeds. The root layout cannot
 * know the path, and moving every route into a group layout would move other routes' files, so the
 * choice is made here, from the path, on the server render as on the client.
 */
export function SiteChrome({ header, footer, children }: SiteChromeProps) {
  const pathname = usePathname();
  if (isEmbedPath(pathname)) return <>{children}</>;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-zinc-900 focus:shadow"
      >
        Skip to content
      </a>
      {header}
      {/* At least a window tall, so the footer starts below the first screen: when a loading skeleton
          gives way to the longer page, the footer moves out of sight instead of across it. */}
      <main id="main" className="mx-auto min-h-screen w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
      {footer}
    </>
  );
}
