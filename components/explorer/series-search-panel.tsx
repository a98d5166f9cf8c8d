'use client';

// The series list of the explorer's picker (series-picker.tsx): a search over titles, narrowed by topic,
// claimant body and publisher, asked of the server as the reader types (GET /explore/catalogue), so the
// page never carries the whole catalogue. Its code loads when the list is first opened.
import { useEffect, useRef, useState } from 'react';
import { TOPICS, type SeriesView } from '@/lib/figures/types';
import type { SeriesFacets } from '@/lib/queries/list-series-facets';
import type { SeriesOption } from '@/lib/queries/search-series';
import { MAX_SERIES } from '@/lib/view-state';

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

export interface SeriesSearchPanelProps {
  /** The panel's id, which the picker's button controls. */
  panelId: string;
  open: boolean;
  /** The series ticked now. */
  chosen: ReadonlySet<string>;
  /** Whether as many series are chosen as a view holds. */
  full: boolean;
  onToggle: (slug: string, on: boolean) => void;
  onClose: () => void;
}

export function SeriesSearchPanel({ panelId, open, chosen, full, onToggle, onClose }: SeriesSearchPanelProps) {
  const [text, setText] = useState('');
  const [topic, setTopic] = useState('');
  const [claimant, setClaimant] = useState('');
  const [publisher, setPublisher] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [facets, setFacets] = useState<SeriesFacets | null>(null);
  // The filter lists are asked for with the first search only.
  const facetsWanted = useRef(true);
  const [failed, setFailed] = useState(false);

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

  const select =
    'mt-1 block w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm text-zinc-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100';
  const labelClass = 'text-xs font-medium text-zinc-700 dark:text-zinc-300';


  return (
    // Escape anywhere in the list closes it (and keeps what was typed: preventDefault stops a search box clearing itself).
    <div
      id={panelId}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
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
                    onChange={(event) => onToggle(option.slug, event.target.checked)}
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
  );
}
