'use client';

// The figures and events of the explorer's view, fetched once by the browser from /explore/figures
// and shared with everything on the page that needs them: the results (charts, tables, ledger,
// events), the range presets
// (the years the figures fall in) and the share toolbar (the view's source line). The page itself
// carries the view's frame only, so it answers as fast as a static page whatever the number of
// figures; the figures' address names the dataset revision, so the browser may keep them for good.
import { createContext, useContext, useEffect, useState } from 'react';
import type { ExplorerEvent } from '@/lib/figures/explorer-series';
import { unpackFigures, type PackedFigures } from '@/lib/figures/explorer-wire';
import type { FigureView } from '@/lib/figures/types';
import type { Truncation } from '@/lib/limits';

export type ExplorerFigures =
  | { status: 'loading' }
  | { status: 'failed'; message: string; retry: () => void }
  | { status: 'ready'; figures: FigureView[]; events: ExplorerEvent[]; truncated: Truncation[] };

const LOADING: ExplorerFigures = { status: 'loading' };

const ExplorerFiguresContext = createContext<ExplorerFigures | null>(null);

export interface ExplorerFiguresProviderProps {
  /** `/explore/figures?<series, range and revision>`, from the page; null when no series is chosen. */
  href: string | null;
  children: React.ReactNode;
}

interface FiguresBody {
  figures?: PackedFigures;
  events?: ExplorerEvent[];
  truncated?: Truncation[];
  error?: { message: string };
}

async function readFigures(href: string, signal: AbortSignal): Promise<{ figures: FigureView[]; events: ExplorerEvent[]; truncated: Truncation[] }> {
  const response = await fetch(href, { signal, headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => null)) as FiguresBody | null;
  if (!response.ok || !body?.figures || !body.events) throw new Error(body?.error?.message ?? `the server answered ${response.status}`);
  return { figures: unpackFigures(body.figures), events: body.events, truncated: body.truncated ?? [] };
}

export function ExplorerFiguresProvider({ href, children }: ExplorerFiguresProviderProps) {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ href: string; value: ExplorerFigures } | null>(null);

  useEffect(() => {
    if (href === null) return;
    const retry = () => {
      setLoaded(null);
      setAttempt((n) => n + 1);
    };
    const controller = new AbortController();
    readFigures(href, controller.signal).then(
      (data) => setLoaded({ href, value: { status: 'ready', ...data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setLoaded({ href, value: { status: 'failed', message, retry } });
      },
    );
    return () => controller.abort();
  }, [href, attempt]);

  // What was loaded for another view (before a range or series change) is never shown for this one.
  const value = loaded !== null && loaded.href === href ? loaded.value : LOADING;
  return (
    <ExplorerFiguresContext.Provider value={value}>
      {/* The browser asks for the figures while it loads the page's scripts, not after: React hoists this into <head>. */}
      {href ? <link rel="preload" href={href} as="fetch" crossOrigin="anonymous" /> : null}
      {children}
    </ExplorerFiguresContext.Provider>
  );
}

/** The view's figures as they load; null outside the explorer. */
export function useExplorerFigures(): ExplorerFigures | null {
  return useContext(ExplorerFiguresContext);
}
