'use client';

// The root of an embedded view, inside another site's page. It tells the page that frames it how tall
// it is (for the snippet's resize script, lib/share/share-links.ts), and opens every link in a new
// tab: following a link inside a small frame would trap the reader there.
import { useEffect, useRef } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '@/lib/share/share-links';

export interface EmbedFrameProps {
  children: React.ReactNode;
}

export function EmbedFrame({ children }: EmbedFrameProps) {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const openOutside = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      // Also stops client-side navigation: next/link leaves a click whose default is prevented alone.
      event.preventDefault();
      window.open(link.href, '_blank', 'noopener');
    };
    element.addEventListener('click', openOutside, true);

    if (window.parent === window) return () => element.removeEventListener('click', openOutside, true);
    let last = 0;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Only a height is sent, nothing private, so any page that frames the embed may read it.
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => {
      element.removeEventListener('click', openOutside, true);
      observer.disconnect();
    };
  }, []);

  return (
    <div ref={root} data-testid="embed" className="bg-white p-3 text-zinc-900 sm:p-4 dark:bg-zinc-900 dark:text-zinc-100">
      {children}
    </div>
  );
}
