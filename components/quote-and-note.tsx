import type { FigureView } from '@/lib/figures/types';

/** The verbatim quote and the curator's note of a figure, or a dash when it has neither. */
export function QuoteAndNote({ figure }: { figure: Pick<FigureView, 'quote' | 'note'> }) {
  return (
    <>
      {figure.quote ? (
        <blockquote className="border-l-2 border-zinc-300 pl-2 italic text-zinc-800 dark:border-zinc-600 dark:text-zinc-200">
          “{figure.quote}”
        </blockquote>
      ) : null}
      {figure.note ? (
        <p className={`text-xs text-zinc-600 dark:text-zinc-400 ${figure.quote ? 'mt-1.5' : ''}`}>
          <span className="font-semibold">Note:</span> {figure.note}
        </p>
      ) : null}
      {!figure.quote && !figure.note ? <span className="text-zinc-500">—</span> : null}
    </>
  );
}
