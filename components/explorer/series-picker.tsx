'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useOptimistic, useRef, useState, useTransition } from 'react';
import type { SeriesView } from '@/lib/figures/types';
import { whenIdle } from '@/components/when-idle';
import { MAX_SERIES, viewStateHref, type ViewState } from '@/lib/view-state';

const loadPanel = () => import('./series-search-panel');
const SeriesSearchPanel = dynamic(() => loadPanel().then((m) => m.SeriesSearchPanel));

export interface SeriesPickerProps {
  state: ViewState;
  /** The chosen series, in the order of the URL. */
  selected: Pick<SeriesView, 'slug' | 'title' | 'unit'>[];
}


/**
 * Choosing series: the chosen ones as removable chips, and the list to search and tick them in
 * (series-search-panel.tsx, loaded when first opened). Every choice is a navigation to the new URL,
 * so the view and its link never disagree.
 */
export function SeriesPicker({ state, selected }: SeriesPickerProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(selected.length === 0);
  // The list stays mounted once opened, so that what was typed in it survives closing it.
  const [listShown, setListShown] = useState(open);
  if (open && !listShown) setListShown(true);
  // Its code is fetched once the page is idle, and at once when the button is reached, so that the
  // list opens without a wait.
  useEffect(() => {
    whenIdle(() => void loadPanel());
  }, []);
  const panelId = useId();
  const toggleButton = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());


  // Ticked boxes show at once, while the page for the new choice loads; a removed chip goes at once.
  const [optimisticSeries, setOptimisticSeries] = useOptimistic(state.series);
  const chosen = new Set(optimisticSeries);
  const shown = selected.filter((series) => chosen.has(series.slug));
  const full = optimisticSeries.length >= MAX_SERIES;

  function toggle(slug: string, on: boolean) {
    const series = on ? [...optimisticSeries, slug] : optimisticSeries.filter((s) => s !== slug);
    startTransition(() => {
      setOptimisticSeries(series);
      router.push(viewStateHref('/explore', { ...state, series }), { scroll: false });
    });
  }

  /** Closes the list; focus that was inside it goes back to the button that opened it, never to the page. */
  function close() {
    setOpen(false);
    toggleButton.current?.focus();
  }

  /** Removes a chip; focus moves to the next chip's button, else the previous one's, else the list's. */
  function remove(slug: string) {
    const slugs = shown.map((series) => series.slug);
    const index = slugs.indexOf(slug);
    const neighbour = slugs[index + 1] ?? slugs[index - 1];
    (neighbour ? removeButtons.current.get(neighbour) : toggleButton.current)?.focus();
    toggle(slug, false);
  }

  return (
    <div className="space-y-3" data-testid="series-picker">
      <div className="flex flex-wrap items-center gap-2">
        <span id="chosen-series-label" className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
          Series
        </span>
        {shown.length === 0 ? <span className="text-sm text-zinc-600 dark:text-zinc-400">none chosen yet</span> : null}
        <ul aria-labelledby="chosen-series-label" className="flex flex-wrap gap-1.5">
          {shown.map((series) => (
            <li
              key={series.slug}
              data-testid="chosen-series"
              data-series={series.slug}
              className="flex items-center gap-1 rounded-full border border-zinc-300 bg-zinc-50 py-0.5 pr-1 pl-2.5 text-sm dark:border-zinc-700 dark:bg-zinc-800"
            >
              <span>{series.title}</span>
              {/* A button, not a link: twenty chips would otherwise carry (and prefetch) twenty near-copies of the address. */}
              <button
                type="button"
                ref={(node) => {
                  if (node) removeButtons.current.set(series.slug, node);
                  else removeButtons.current.delete(series.slug);
                }}
                onClick={() => remove(series.slug)}
                aria-label={`Remove ${series.title}`}
                className="inline-flex h-5 w-5 items-center justify-center rounded-full text-zinc-600 hover:bg-zinc-200 hover:text-zinc-950 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-zinc-300 dark:hover:bg-zinc-700 dark:hover:text-white"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        <button
          ref={toggleButton}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
          onFocus={() => void loadPanel()}
          onPointerEnter={() => void loadPanel()}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && open) {
              event.preventDefault();
              close();
            }
          }}
          className="rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
        >
          {open ? 'Close the series list' : 'Add or remove series'}
        </button>
        {pending ? (
          <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
            Updating…
          </span>
        ) : null}
      </div>

      {listShown ? (
        <SeriesSearchPanel panelId={panelId} open={open} chosen={chosen} full={full} onToggle={toggle} onClose={close} />
      ) : (
        <div id={panelId} hidden />
      )}
    </div>
  );
}
