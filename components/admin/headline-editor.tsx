'use client';

// Choosing and ordering the dashboard's headline series with buttons, not dragging: each row moves up
// or down or leaves, and the focus stays on the row that moved, so the keyboard can keep moving it.
// The list is saved with a reason as one revision; if someone else set it in between, the save is
// refused and their list is shown beside the one this page started from.
import { useActionState, useEffect, useRef, useState } from 'react';
import { HEADLINES_FORM_IDLE, type HeadlinesFormAction } from '@/lib/admin/headlines-form';
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from './styles';

export interface HeadlineEditorProps {
  action: HeadlinesFormAction;
  /** The headline series as they stand, in order. */
  initial: string[];
  /** Every current series, to choose from. */
  series: { slug: string; title: string }[];
  /** The revision that set the list this page started from; null when it was never set. */
  baseRevision: number | null;
  max: number;
}

type Move = 'up' | 'down' | 'remove';

const buttonId = (slug: string, move: Move) => `headline-${slug}-${move}`;

export function HeadlineEditor({ action, initial, series, baseRevision, max }: HeadlineEditorProps) {
  const [state, formAction, pending] = useActionState(action, HEADLINES_FORM_IDLE);
  const [slugs, setSlugs] = useState(initial);
  const [adding, setAdding] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titles = new Map(series.map((s) => [s.slug, s.title]));
  const title = (slug: string) => titles.get(slug) ?? `${slug} (no longer a current series: remove it)`;
  const base = state.status === 'conflict' ? state.currentRevision : state.status === 'ok' && state.revision !== null ? state.revision : baseRevision;
  const reason = state.status === 'error' || state.status === 'conflict' ? state.reason : '';
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const choices = series.filter((s) => !slugs.includes(s.slug));
  const full = slugs.length >= max;

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [slugs]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.status === 'error') form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    if (state.status === 'conflict') form.querySelector<HTMLElement>('#headlines-conflict')?.focus();
  }, [state]);

  function move(index: number, how: Move) {
    const slug = slugs[index];
    const next = [...slugs];
    next.splice(index, 1);
    if (how === 'remove') {
      const after = next[index] ?? next[index - 1];
      focusNext.current = after ? buttonId(after, 'remove') : 'headlines-add';
      setAnnouncement(`Removed “${title(slug)}”.`);
    } else {
      const to = how === 'up' ? index - 1 : index + 1;
      next.splice(to, 0, slug);
      // At either end the button it was pressed on is disabled, so the focus goes to the other one.
      const stays = (how === 'up' && to > 0) || (how === 'down' && to < next.length - 1);
      focusNext.current = buttonId(slug, stays ? how : how === 'up' ? 'down' : 'up');
      setAnnouncement(`Moved “${title(slug)}” to position ${to + 1} of ${next.length}.`);
    }
    setSlugs(next);
  }

  function add() {
    if (!adding || full) return;
    setSlugs([...slugs, adding]);
    setAnnouncement(`Added “${title(adding)}” at position ${slugs.length + 1}.`);
    setAdding('');
  }

  return (
    <form ref={formRef} action={formAction} className="space-y-4" noValidate>
      <p role="status" aria-live="polite" className="min-h-5 text-sm">
        {state.status === 'ok' ? <span className="text-emerald-800 dark:text-emerald-300">{state.message}</span> : null}
        {state.status === 'error' ? <span className="text-red-700 dark:text-red-400">{state.message}</span> : null}
      </p>
      {state.status === 'conflict' ? (
        <section id="headlines-conflict" tabIndex={-1} aria-labelledby="headlines-conflict-heading" className="space-y-2 rounded-md border border-amber-600 p-3">
          <h2 id="headlines-conflict-heading" className="font-semibold">
            Someone else set the headlines since you opened this page (revision {state.currentRevision})
          </h2>
          <p className="text-sm">Your order is still below: check it and save again to replace theirs, or start from theirs.</p>
          <div className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <h3 className="font-medium">Before</h3>
              <ol className="list-decimal pl-5">
                {state.base.map((slug) => (
                  <li key={slug}>{title(slug)}</li>
                ))}
              </ol>
            </div>
            <div>
              <h3 className="font-medium">Theirs (saved)</h3>
              <ol className="list-decimal pl-5">
                {state.theirs.map((slug) => (
                  <li key={slug}>{title(slug)}</li>
                ))}
              </ol>
            </div>
          </div>
          <button type="button" className={secondaryButtonClass} onClick={() => setSlugs(state.theirs)}>
            Start from theirs
          </button>
        </section>
      ) : null}
      <input type="hidden" name="baseRevision" value={base ?? ''} />
      {slugs.map((slug) => (
        <input key={slug} type="hidden" name="slugs" value={slug} />
      ))}
      <div>
        <h2 id="headlines-list-heading" className="text-lg font-semibold">
          Headline series, in the dashboard’s order ({slugs.length} of at most {max})
        </h2>
        {slugs.length === 0 ? <p className="text-sm text-zinc-700 dark:text-zinc-300">None: the dashboard shows no headline charts.</p> : null}
        <ol aria-labelledby="headlines-list-heading" aria-describedby={errors.slugs ? 'headlines-slugs-error' : undefined} className="mt-2 space-y-2">
          {slugs.map((slug, index) => (
            <li key={slug} data-testid="headline-row" data-slug={slug} className="flex flex-wrap items-center gap-2 rounded-md border border-zinc-200 px-3 py-2 dark:border-zinc-800">
              <span className="min-w-6 font-medium">{index + 1}.</span>
              <span className="flex-1">{title(slug)}</span>
              <button type="button" id={buttonId(slug, 'up')} disabled={index === 0} onClick={() => move(index, 'up')} className={secondaryButtonClass}>
                Move up<span className="sr-only">: {title(slug)}</span>
              </button>
              <button type="button" id={buttonId(slug, 'down')} disabled={index === slugs.length - 1} onClick={() => move(index, 'down')} className={secondaryButtonClass}>
                Move down<span className="sr-only">: {title(slug)}</span>
              </button>
              <button type="button" id={buttonId(slug, 'remove')} onClick={() => move(index, 'remove')} className={secondaryButtonClass}>
                Remove<span className="sr-only">: {title(slug)}</span>
              </button>
            </li>
          ))}
        </ol>
        {errors.slugs ? (
          <p id="headlines-slugs-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {errors.slugs}
          </p>
        ) : null}
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="headlines-add" className={labelClass}>
            Add a series
          </label>
          <select
            id="headlines-add"
            value={adding}
            onChange={(event) => setAdding(event.target.value)}
            disabled={full}
            aria-invalid={errors.slugs ? true : undefined}
            aria-describedby={[full ? 'headlines-full' : null, errors.slugs ? 'headlines-slugs-error' : null].filter(Boolean).join(' ') || undefined}
            className={inputClass}
          >
            <option value="">Choose a series</option>
            {choices.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={add} disabled={full || adding === ''} className={secondaryButtonClass}>
          Add to the headlines
        </button>
        {full ? (
          <p id="headlines-full" className="text-sm text-zinc-700 dark:text-zinc-300">
            The dashboard leads with at most {max}: remove one to add another.
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="headlines-reason" className={labelClass}>
          Reason for this change (required, shown publicly at /changes)
        </label>
        <textarea
          id="headlines-reason"
          name="reason"
          rows={2}
          required
          defaultValue={reason}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? 'headlines-reason-error' : undefined}
          className={inputClass}
        />
        {errors.reason ? (
          <p id="headlines-reason-error" className="text-sm text-red-700 dark:text-red-400">
            {errors.reason}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? 'Saving…' : 'Save headlines'}
      </button>
    </form>
  );
}
