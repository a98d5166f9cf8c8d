'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { parseTypedDate } from '@/lib/figures/explorer-range';
import { partialDateSpan, partialDateToIso } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';
import { DEFAULT_VIEW_STATE, viewStateHref, type ViewState } from '@/lib/view-state';

/** A one-click span, worked out on the server (rangePresets in lib/figures/explorer-range.ts). */
export interface RangePresetLink {
  label: string;
  href: string;
  current: boolean;
}

export interface RangeControlsProps {
  state: ViewState;
  presets: RangePresetLink[];
}

/**
 * The time range: one-click spans, and exact start and end dates typed as text (a phone's keyboard
 * types "2024-10" or "Oct 2024" where a month picker may not exist). Without scripts the form still
 * submits to the page, which reads and checks the dates itself.
 */
export function RangeControls({ state, presets }: RangeControlsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<{ from?: string; to?: string; range?: string }>({});
  // The fields follow the URL (a preset or Back changes it), yet stay the same elements throughout, so
  // that focus stays in the field or on the button it was in when the new view arrives.
  const shownRange = { from: state.from ? partialDateToIso(state.from) : '', to: state.to ? partialDateToIso(state.to) : '' };
  const rangeKey = `${shownRange.from}|${shownRange.to}`;
  const [typed, setTyped] = useState({ key: rangeKey, ...shownRange });
  if (typed.key !== rangeKey) setTyped({ key: rangeKey, ...shownRange });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const read = (name: 'from' | 'to'): { value: PartialDate | null; error?: string } => {
      const text = String(data.get(name) ?? '').trim();
      if (text === '') return { value: null };
      const parsed = parseTypedDate(text);
      return parsed.ok ? { value: parsed.value } : { value: null, error: parsed.reason };
    };
    const from = read('from');
    const to = read('to');
    const next: typeof errors = { from: from.error, to: to.error };
    if (from.value && to.value && partialDateSpan(from.value).start > partialDateSpan(to.value).end) {
      next.range = 'The start is after the end.';
    }
    setErrors(next);
    if (next.from || next.to || next.range) return;
    startTransition(() => {
      router.push(viewStateHref('/explore', { ...state, from: from.value, to: to.value }), { scroll: false });
    });
  }

  const field = 'mt-1 block w-36 rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-400 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[invalid=true]:border-red-600 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100';
  const hidden = (name: string, value: string | null) => (value === null ? null : <input type="hidden" name={name} value={value} />);

  return (
    <div className="space-y-3">
      <div role="group" aria-labelledby="range-presets-label" className="flex flex-wrap items-center gap-2">
        <span id="range-presets-label" className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
          Time range
        </span>
        <ul className="flex flex-wrap gap-1.5">
          {presets.map((preset) => (
            <li key={preset.label}>
              <Link
                href={preset.href}
                scroll={false}
                aria-current={preset.current ? 'true' : undefined}
                className="block rounded-full border border-zinc-300 px-2.5 py-0.5 text-sm text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 aria-[current=true]:border-zinc-900 aria-[current=true]:bg-zinc-900 aria-[current=true]:text-white dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-[current=true]:border-zinc-100 dark:aria-[current=true]:bg-zinc-100 dark:aria-[current=true]:text-zinc-900"
              >
                {preset.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <form
        action="/explore"
        method="get"
        onSubmit={submit}
        noValidate
        aria-describedby="range-hint"
        className="flex flex-wrap items-end gap-3"
        data-testid="range-form"
      >
        {hidden('s', state.series.length > 0 ? state.series.join(',') : null)}
        {hidden('mode', state.mode === DEFAULT_VIEW_STATE.mode ? null : state.mode)}
        {hidden('view', state.view === DEFAULT_VIEW_STATE.view ? null : state.view)}
        {hidden('rev', state.rev === null ? null : String(state.rev))}
        {(['from', 'to'] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`range-${name}`} className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
              {name === 'from' ? 'From' : 'To'}
            </label>
            <input
              id={`range-${name}`}
              name={name}
              type="text"
              inputMode="text"
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="go"
              placeholder={name === 'from' ? 'e.g. 2024-10' : 'e.g. 2025-12'}
              value={typed[name]}
              onChange={(event) => setTyped({ ...typed, [name]: event.target.value })}
              aria-invalid={errors[name] || errors.range ? true : undefined}
              aria-describedby={errors[name] ? `range-${name}-error` : undefined}
              className={field}
            />
          </div>
        ))}
        <button
          type="submit"
          className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 aria-disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-white"
          // Not `disabled`: a disabled button loses focus, and focus would fall to the page.
          aria-disabled={pending || undefined}
        >
          {pending ? 'Updating…' : 'Apply'}
        </button>
        <p id="range-hint" className="basis-full text-xs text-zinc-600 dark:text-zinc-400">
          A year, a month or a day: 2024, 2024-10, Oct 2024 or 2024-10-05. Leave a field empty for no limit.
        </p>
        <div aria-live="polite" className="basis-full text-sm text-red-700 empty:hidden dark:text-red-300">
          {errors.from ? <p id="range-from-error">From: {errors.from}.</p> : null}
          {errors.to ? <p id="range-to-error">To: {errors.to}.</p> : null}
          {errors.range ? <p>{errors.range}</p> : null}
        </div>
      </form>
    </div>
  );
}
