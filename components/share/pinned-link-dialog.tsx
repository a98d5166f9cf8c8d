'use client';

// "Share pinned link": the view's state with the revision it shows written in (rev=), stored as a
// short link through the API (POST /api/v1/links). The long pinned link is shown too, and stands in
// if the short one cannot be made.
import { useEffect, useState } from 'react';
import { formatRevisionDate } from '@/lib/share/revision-date';
import { queryWithRev, shareHref, type SharedView } from '@/lib/share/share-links';
import { CopyField } from './copy-field';
import { Dialog } from './dialog';

export interface PinnedLinkDialogProps {
  open: boolean;
  onClose: () => void;
  view: SharedView;
  revision: { id: number; createdAt: string };
}

type ShortLinkState = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed'; message: string };

interface ShortLinkResponse {
  code: string;
  url: string;
}

async function createShortLink(view: SharedView, rev: number): Promise<ShortLinkResponse> {
  const response = await fetch('/api/v1/links', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ path: view.path, query: queryWithRev(view.query, rev) }),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: { message?: string } } | null)?.error?.message;
    throw new Error(message ?? `The server answered ${response.status}.`);
  }
  return body as ShortLinkResponse;
}

/** Mounted each time the dialog opens (the dialog renders its content only while open), so each opening asks afresh. */
function PinnedLinks({ view, revision }: Pick<PinnedLinkDialogProps, 'view' | 'revision'>) {
  const [shortLink, setShortLink] = useState<ShortLinkState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    createShortLink(view, revision.id)
      .then((link) => current && setShortLink({ status: 'ready', url: new URL(link.url, window.location.origin).href }))
      .catch((error: unknown) => current && setShortLink({ status: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
  }, [view, revision.id]);

  return (
    <div className="space-y-4">
      {shortLink.status === 'loading' ? (
        <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          Making a short link…
        </p>
      ) : null}
      {shortLink.status === 'ready' ? (
        <CopyField label="Short link" value={shortLink.url} copiedMessage="Short link copied" initialFocus testId="short-link" />
      ) : null}
      {shortLink.status === 'failed' ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          No short link could be made ({shortLink.message}). The full link below works the same.
        </p>
      ) : null}
      <CopyField
        label="Full link"
        value={new URL(shareHref(view, revision.id), window.location.origin).href}
        copiedMessage="Full link copied"
        testId="pinned-link"
      />
    </div>
  );
}

export function PinnedLinkDialog({ open, onClose, view, revision }: PinnedLinkDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Share this view as it is now"
      description={`The link shows these figures as they stood on ${formatRevisionDate(revision.createdAt)} (dataset revision ${revision.id}), even after later corrections. Readers see a banner saying what has changed since.`}
      testId="pinned-link-dialog"
    >
      <PinnedLinks view={view} revision={revision} />
    </Dialog>
  );
}
