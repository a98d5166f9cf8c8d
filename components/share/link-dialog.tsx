'use client';

import { CopyField } from './copy-field';
import { Dialog } from './dialog';

/** The link to copy by hand, when the browser did not let the page copy it. */
export function LinkDialog({ open, onClose, link }: { open: boolean; onClose: () => void; link: string }) {
  return (
    <Dialog open={open} onClose={onClose} title="Copy this link" description="Your browser did not let the page copy it.">
      <CopyField label="Link" value={link} copiedMessage="Link copied" initialFocus />
    </Dialog>
  );
}
