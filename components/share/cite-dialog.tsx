'use client';

// "Cite this": a citation ready to paste, with a permalink pinned to the revision shown.
import { buildCitation } from '@/lib/share/citation';
import { shareHref, type SharedView } from '@/lib/share/share-links';
import { CopyField } from './copy-field';
import { Dialog } from './dialog';

export interface CiteDialogProps {
  open: boolean;
  onClose: () => void;
  view: SharedView;
  revision: { id: number; createdAt: string } | null;
  title: string;
  sourceLine: string;
}

export function CiteDialog({ open, onClose, view, revision, title, sourceLine }: CiteDialogProps) {
  const citation = open
    ? buildCitation({
        title,
        sourceLine,
        revision,
        permalink: new URL(shareHref(view, revision?.id ?? null), window.location.origin).href,
        accessed: new Date(),
      })
    : '';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Cite this"
      description="The link in the citation shows these figures as they stand now, even after later corrections."
      testId="cite-dialog"
    >
      <CopyField label="Citation" value={citation} multiline copiedMessage="Citation copied" initialFocus testId="citation" />
    </Dialog>
  );
}
