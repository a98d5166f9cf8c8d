'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useOptimistic, useRef, useState, useTransition } from 'react';
import { TOPICS, type SeriesView } from '@/lib/figures/types';
import type { SeriesFacets } from '@/lib/queries/list-series-facets';
import type { SeriesOption } from '@/lib/queries/search-series';
import { MAX_SERIES, viewStateHref, type ViewState } from '@/lib/view-state';

export interface SeriesPickerProps {
  state: ViewState;
  /** The chosen series, in the order of the URL. */
  selected: Pick<SeriesView, 'slug' | 'title' | 'unit'>[];
}

interface SearchAnswer {
  series: SeriesOption[];
  total: number;
  facets: SeriesFacets | null;
}

const KIND_WORDS: Record<SeriesView['kind'], string> = {
  cumulative: 'running total',
  level: 'level',
  flow: 'within a period',
  target: 'target or pledge',
  rate: 'rate',
  change: 'change',
};

/**
 * Choosing series: the chosen ones as removable chips, and a search over titles that can be narrowed
 * by topic, claimant body and publisher. It asks the server as the reader types (GET
 * /explore/catalogue), so the page never carries the whole catalogue. Every choice is a navigation to
 * the new URL, so the view and its link never disagree.
 */
export function SeriesPicker({ state, selected }: SeriesPickerProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(selected.length === 0);
  const [text, setText] = useState('');
  const [topic, setTopic] = useState('');
  const [claimant, setClaimant] = useState('');
  const [publisher, setPublisher] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [facets, setFacets] = useState<SeriesFacets | null>(null);
  // The filter lists are asked for with the first search only.
  const facetsWanted = useRef(true);
  const [failed, setFailed] = useState(false);
  const panelId = useId();
  const toggleButton = useRef<HTMLButtonElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const params = new URLSearchParams();
    if (text.trim()) params.set('q', text.trim());
    if (topic) params.set('topic', topic);
    if (claimant) params.set('claimant', claimant);
    if (publisher) params.set('publisher', publisher);
    if (facetsWanted.current) params.set('facets', '1');
    // Wait for a pause in typing before asking.
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/explore/catalogue?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as SearchAnswer;
        setAnswer(body);
        if (body.facets) {
          facetsWanted.current = false;
          setFacets(body.facets);
        }
        setFailed(false);
      } catch (error) {
        if (!controller.signal.aborted) {
          console.error(error);
          setFailed(true);
        }
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, text, topic, claimant, publisher]);

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

  const select =
    'mt-1 block w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100';
  const labelClass = 'text-xs font-medium text-zinc-700 dark:text-zinc-300';

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

      {/* Escape anywhere in the list closes it (and keeps what was typed: preventDefault stops a search box clearing itself). */}
      <div
        id={panelId}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          close();
        }}
        className="rounded-lg border border-zinc-200 bg-zinc-50 p-3 dark:border-zinc-800 dark:bg-zinc-950"
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <label htmlFor={`${panelId}-q`} className={labelClass}>
              Search titles
            </label>
            <input
              id={`${panelId}-q`}
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder="e.g. troops, shells, children"
              autoComplete="off"
              className={select}
            />
          </div>
          <div>
            <label htmlFor={`${panelId}-topic`} className={labelClass}>
              Topic
            </label>
            <select id={`${panelId}-topic`} value={topic} onChange={(event) => setTopic(event.target.value)} className={select}>
              <option value="">All topics</option>
              {TOPICS.map((t) => (
                <option key={t} value={t}>
                  {t.charAt(0).toUpperCase() + t.slice(1)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${panelId}-claimant`} className={labelClass}>
              Claimant
            </label>
            <select id={`${panelId}-claimant`} value={claimant} onChange={(event) => setClaimant(event.target.value)} className={select}>
              <option value="">Any claimant</option>
              {facets?.organizations.map((organization) => (
                <option key={organization} value={organization}>
                  {organization === 'unknown' ? 'Source not named' : organization}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${panelId}-publisher`} className={labelClass}>
              Publisher
            </label>
            <select id={`${panelId}-publisher`} value={publisher} onChange={(event) => setPublisher(event.target.value)} className={select}>
              <option value="">Any publisher</option>
              {facets?.publishers.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        </div>

        <fieldset className="mt-3">
          <legend className="text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {failed
              ? 'The series list could not be loaded. Try again in a moment.'
              : answer === null
                ? 'Loading the series…'
                : answer.total === 0
                  ? 'No series match.'
                  : `${answer.total} series ${answer.total === 1 ? 'matches' : 'match'}${answer.total > answer.series.length ? `; the first ${answer.series.length} are listed, narrow the search to see others` : ''}. Tick to compare, up to ${MAX_SERIES}.`}
          </legend>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {answer?.series.map((option) => {
              const checked = chosen.has(option.slug);
              const id = `${panelId}-${option.slug}`;
              return (
                <li key={option.slug}>
                  <label
                    htmlFor={id}
                    className="flex cursor-pointer items-start gap-2 rounded-md px-2 py-1.5 hover:bg-white has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60 dark:hover:bg-zinc-900"
                  >
                    <input
                      id={id}
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={(event) => toggle(option.slug, event.target.checked)}
                      data-series={option.slug}
                      className="mt-0.5 h-4 w-4 shrink-0 accent-sky-700"
                    />
                    <span className="text-sm">
                      <span className="font-medium text-zinc-900 dark:text-zinc-100">{option.title}</span>
                      <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                        {option.topic} · {KIND_WORDS[option.kind]} · {option.unit} ·{' '}
                        {option.figureCount === 0 ? 'no figures yet' : `${option.figureCount} ${option.figureCount === 1 ? 'figure' : 'figures'}`}
                      </span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      </div>
    </div>
  );
}
