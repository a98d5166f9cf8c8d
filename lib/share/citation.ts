// "Cite this": one paragraph to paste into an article, a paper or a footnote. It names the view, the
// sources behind its figures, the dataset revision and its date, a permalink pinned to that revision
// (so the cited figures can be seen again after corrections) and the date the reader accessed it.
import { formatRevisionDate } from './revision-date';

export interface CitationInput {
  title: string;
  /** The view's source line: "Sources: … Published by …." */
  sourceLine: string;
  revision: { id: number; createdAt: Date | string } | null;
  /** Absolute, pinned to `revision`. */
  permalink: string;
  accessed: Date;
}

const ACCESSED = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

function sentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function buildCitation({ title, sourceLine, revision, permalink, accessed }: CitationInput): string {
  const year = revision ? new Date(revision.createdAt).getUTCFullYear() : accessed.getFullYear();
  const dataset = revision ? ` Dataset revision ${revision.id} of ${formatRevisionDate(revision.createdAt)}.` : '';
  return (
    `Sourced Figures (${year}). “${title.replace(/\s+/g, ' ').trim()}”.${dataset} ${sentence(sourceLine)} ` +
    `${permalink} (accessed ${ACCESSED.format(accessed)}).`
  );
}
