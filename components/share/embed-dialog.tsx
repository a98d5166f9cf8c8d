'use client';

// "Embed": the HTML to paste into an article. By default the embed is pinned to the revision the
// reader is looking at, so the article keeps showing what its text describes, with a note saying
// when the figures have changed since; and a short script lets the frame take the embed's height.
import { useId, useState } from 'react';
import { formatRevisionDate } from '@/lib/share/revision-date';
import { embedSnippet, shareHref, type SharedView } from '@/lib/share/share-links';
import { CopyField } from './copy-field';
import { Dialog } from './dialog';

export interface EmbedDialogProps {
  open: boolean;
  onClose: () => void;
  /** The embed's own path, e.g. /embed/series/<slug>, with the view's query. */
  embed: SharedView;
  revision: { id: number; createdAt: string } | null;
  title: string;
  /** The frame's height before the embed reports its own. */
  height: number;
}

export function EmbedDialog({ open, onClose, embed, revision, title, height }: EmbedDialogProps) {
  const [pin, setPin] = useState(true);
  const [resize, setResize] = useState(true);
  const pinId = useId();
  const resizeId = useId();
  const src = open ? new URL(shareHref(embed, pin && revision ? revision.id : null), window.location.origin).href : '';
  const snippet = open ? embedSnippet({ src, title: `${title} (Sourced Figures)`, height, resize }) : '';

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Embed this chart"
      description="Paste this HTML into your page. The chart comes with its sources and a link back here."
      testId="embed-dialog"
    >
      <div className="space-y-4">
        <div className="space-y-2 text-sm">
          {revision ? (
            <div className="flex items-start gap-2">
              <input id={pinId} type="checkbox" checked={pin} onChange={(event) => setPin(event.target.checked)} className="mt-1" />
              <label htmlFor={pinId}>
                Keep showing the figures as of {formatRevisionDate(revision.createdAt)} (revision {revision.id}); the embed says when
                they have changed since
              </label>
            </div>
          ) : null}
          <div className="flex items-start gap-2">
            <input id={resizeId} type="checkbox" checked={resize} onChange={(event) => setResize(event.target.checked)} className="mt-1" />
            <label htmlFor={resizeId}>Fit the frame to the chart’s height (adds a short script; without it the frame is {height} px tall)</label>
          </div>
        </div>
        <CopyField label="HTML" value={snippet} multiline copiedMessage="Embed code copied" initialFocus testId="embed-snippet" />
        <p className="text-sm">
          <a href={src} target="_blank" rel="noopener" className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
            Preview the embed<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      </div>
    </Dialog>
  );
}
