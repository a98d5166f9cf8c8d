'use client';

// The extraction assistant: an article's text (pasted or read from its link) with every candidate
// figure's sentence highlighted, and beside each candidate its fields to check and correct, and a
// choice: accept, reject or skip. The accepted ones are saved together with one reason, as one
// revision; nothing is saved without an accept.
import { useActionState, useEffect, useRef, useTransition } from 'react';
import type { ProposeState, SaveState } from '@/lib/admin/extract-state';
import type { ReviewedCandidate } from '@/lib/extraction/types';
import { QUALIFIERS } from '@/lib/figures/types';
import { inputClass, labelClass, primaryButtonClass } from './styles';

type Action<State> = (state: State, formData: FormData) => Promise<State>;

export interface ExtractAssistantProps {
  propose: Action<ProposeState>;
  save: Action<SaveState>;
  series: { slug: string; title: string }[];
}

/** The text with each candidate's sentence marked once, for the candidates to point at. */
function MarkedText({ text, candidates }: { text: string; candidates: ReviewedCandidate[] }) {
  const spans = [...new Map(candidates.map((c) => [`${c.candidate.start}-${c.candidate.end}`, c.candidate])).values()].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} id={`quote-${span.start}`} tabIndex={-1} className="rounded bg-amber-100 px-0.5 text-zinc-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:bg-amber-300">
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return <div className="whitespace-pre-wrap rounded-md border border-zinc-300 p-3 text-sm leading-6 dark:border-zinc-700">{parts}</div>;
}

function Field({ id, name, label, defaultValue }: { id: string; name: string; label: string; defaultValue: string }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} name={name} defaultValue={defaultValue} className={inputClass} autoComplete="off" />
    </div>
  );
}

function CandidateFields({ index, reviewed, series }: { index: number; reviewed: ReviewedCandidate; series: { slug: string; title: string }[] }) {
  const c = reviewed.candidate;
  const p = `c${index}:`;
  const id = (field: string) => `c${index}-${field.replace('.', '-')}`;
  const text = (value: number | string | null) => (value === null ? '' : String(value));
  return (
    <fieldset className="space-y-3 rounded-md border border-zinc-300 p-3 dark:border-zinc-700">
      <legend className="px-1 font-semibold">
        Candidate {index + 1}: {c.value.toLocaleString('en')} {c.unit ?? ''}
      </legend>
      <p className="text-sm">
        <a href={`#quote-${c.start}`} className="text-sky-800 underline dark:text-sky-300">
          Show its sentence in the text
        </a>{' '}
        · confidence {Math.round(c.confidence * 100)} %
        {reviewed.recordedAs !== null ? (
          <strong className="ml-1 text-amber-800 dark:text-amber-300">
            Already recorded as <a href={`/figures/${reviewed.recordedAs}`} className="underline">figure {reviewed.recordedAs}</a>
          </strong>
        ) : null}
      </p>
      <div className="flex gap-4" role="radiogroup" aria-label={`What to do with candidate ${index + 1}`}>
        {(['accept', 'reject', 'skip'] as const).map((decision) => (
          <label key={decision} className="flex items-center gap-1 text-sm">
            <input type="radio" name={`${p}decision`} value={decision} defaultChecked={decision === 'skip'} />
            {decision[0].toUpperCase() + decision.slice(1)}
          </label>
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor={id('seriesSlug')} className={labelClass}>
            Series{reviewed.seriesScore !== null ? ` (suggested, score ${reviewed.seriesScore.toFixed(2)})` : ''}
          </label>
          <select id={id('seriesSlug')} name={`${p}seriesSlug`} defaultValue={c.series ?? ''} className={inputClass}>
            <option value="">Choose a series</option>
            {series.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <Field id={id('value')} name={`${p}value`} label="Value" defaultValue={text(c.value)} />
        <div>
          <label htmlFor={id('qualifier')} className={labelClass}>
            Qualifier
          </label>
          <select id={id('qualifier')} name={`${p}qualifier`} defaultValue={c.qualifier} className={inputClass}>
            {QUALIFIERS.map((q) => (
              <option key={q} value={q}>
                {q.replace('_', ' ')}
              </option>
            ))}
          </select>
        </div>
        <Field id={id('valueLow')} name={`${p}valueLow`} label="Low bound" defaultValue={text(c.low)} />
        <Field id={id('valueHigh')} name={`${p}valueHigh`} label="High bound" defaultValue={text(c.high)} />
        <Field id={id('periodStart')} name={`${p}periodStart`} label="Period start" defaultValue={text(c.period_start)} />
        <Field id={id('periodEnd')} name={`${p}periodEnd`} label="Period end" defaultValue={text(c.period_end)} />
        <Field id={id('claimant.name')} name={`${p}claimant.name`} label="Claimant" defaultValue={text(c.claimant)} />
        <Field id={id('claimant.organization')} name={`${p}claimant.organization`} label="Claimant’s body" defaultValue={text(c.claimant_org)} />
        <Field id={id('via')} name={`${p}via`} label="Via" defaultValue={text(c.via)} />
      </div>
      <div>
        <label htmlFor={id('quote')} className={labelClass}>
          Quote (verbatim)
        </label>
        <textarea id={id('quote')} name={`${p}quote`} defaultValue={c.quote} rows={2} className={inputClass} />
      </div>
    </fieldset>
  );
}

export function ExtractAssistant({ propose, save, series }: ExtractAssistantProps) {
  const [proposed, proposeAction, proposing] = useActionState(propose, { status: 'idle' });
  const [saved, saveAction, saving] = useActionState(save, { status: 'idle' });
  const [, startTransition] = useTransition();
  // Both forms dispatch by hand rather than as the form's action, so that what the editor typed and
  // chose stays in the form when the server refuses it (React resets a form after its action).
  const dispatch = (action: (data: FormData) => void) => (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const results = useRef<HTMLHeadingElement>(null);
  const savedMessage = useRef<HTMLParagraphElement>(null);
  const article = proposed.status === 'idle' ? { text: '', published: '', publisher: '', url: '' } : proposed.article;
  const candidates = proposed.status === 'ok' ? proposed.candidates : [];

  useEffect(() => {
    if (proposed.status === 'ok') results.current?.focus();
  }, [proposed]);
  useEffect(() => {
    if (saved.status !== 'idle') savedMessage.current?.focus();
  }, [saved]);

  return (
    <div className="space-y-6">
      <form onSubmit={dispatch(proposeAction)} className="space-y-3">
        <div>
          <label htmlFor="extract-text" className={labelClass}>
            Article text
          </label>
          <textarea id="extract-text" name="text" rows={8} defaultValue={article.text} className={inputClass} aria-describedby="extract-text-hint" />
          <p id="extract-text-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
            Or leave it empty and give the link: the server reads the article.
          </p>
        </div>
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id="extract-url" name="url" label="Link" defaultValue={article.url} />
          <Field id="extract-publisher" name="publisher" label="Publisher" defaultValue={article.publisher} />
          <Field id="extract-published" name="published" label="Published (YYYY-MM-DD)" defaultValue={article.published} />
        </div>
        <button type="submit" className={primaryButtonClass} disabled={proposing}>
          {proposing ? 'Reading…' : 'Find figures'}
        </button>
        <p role="status" className="min-h-5 text-sm">
          {proposed.status === 'error' ? <span className="text-red-700 dark:text-red-400">{proposed.message}</span> : null}
        </p>
      </form>

      {proposed.status === 'ok' ? (
        <section aria-labelledby="extract-results" className="space-y-4">
          <h2 id="extract-results" ref={results} tabIndex={-1} className="text-xl font-semibold">
            {proposed.message}
          </h2>
          <MarkedText text={article.text} candidates={candidates} />
          <form className="space-y-4" key={article.text} onSubmit={dispatch(saveAction)}>
            <input type="hidden" name="count" value={candidates.length} />
            <input type="hidden" name="publisher" value={article.publisher} />
            <input type="hidden" name="url" value={article.url} />
            <input type="hidden" name="published" value={article.published} />
            {candidates.map((reviewed, index) => (
              <CandidateFields key={`${reviewed.candidate.start}-${index}`} index={index} reviewed={reviewed} series={series} />
            ))}
            <div>
              <label htmlFor="extract-reason" className={labelClass}>
                Reason (required, shown publicly at /changes)
              </label>
              <textarea id="extract-reason" name="reason" rows={2} className={inputClass} />
            </div>
            <button type="submit" className={primaryButtonClass} disabled={saving}>
              {saving ? 'Saving…' : 'Save accepted figures'}
            </button>
            <p ref={savedMessage} tabIndex={-1} role="status" className="min-h-5 text-sm">
              {saved.status === 'ok' ? <span className="text-emerald-800 dark:text-emerald-300">{saved.message}</span> : null}
              {saved.status === 'error' ? <span className="text-red-700 dark:text-red-400">{saved.message}</span> : null}
            </p>
          </form>
        </section>
      ) : null}
    </div>
  );
}
