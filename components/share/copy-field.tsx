'use client';

// Text to copy, shown whole (so it can always be selected by hand) with a Copy button and its result
// announced in a status region.
import { useId, useState } from 'react';
import { copyText } from './copy-text';
import { buttonClass } from './styles';

export interface CopyFieldProps {
  label: string;
  value: string;
  /** A text area for long text (a snippet, a citation); a one-line field otherwise. */
  multiline?: boolean;
  /** What the status says after copying: "Link copied". */
  copiedMessage: string;
  /** Focus the copy button when the dialog opens. */
  initialFocus?: boolean;
  testId?: string;
}

export function CopyField({ label, value, multiline = false, copiedMessage, initialFocus = false, testId }: CopyFieldProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const fieldClass =
    'w-full rounded-md border border-zinc-300 bg-zinc-50 px-2.5 py-1.5 font-mono text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100';

  async function copy() {
    const copied = await copyText(value);
    setStatus(copied ? copiedMessage : 'Could not copy automatically: the text is selected, press Ctrl+C (⌘C on a Mac).');
    if (!copied) (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.select();
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          readOnly
          value={value}
          rows={Math.min(8, Math.max(3, Math.ceil(value.length / 70)))}
          onFocus={(event) => event.currentTarget.select()}
          data-testid={testId}
          className={fieldClass}
        />
      ) : (
        <input id={id} readOnly value={value} onFocus={(event) => event.currentTarget.select()} data-testid={testId} className={fieldClass} />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={copy} data-initial-focus={initialFocus ? '' : undefined} className={buttonClass}>
          Copy
        </button>
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {status}
        </p>
      </div>
    </div>
  );
}
