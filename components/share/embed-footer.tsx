import { formatRevisionDate } from '@/lib/share/revision-date';

export interface EmbedFooterProps {
  /** The view on the site, the same state as the embed. */
  href: string;
  revision: { id: number; createdAt: Date | string } | null;
}

/** Under an embedded chart: when its data is from, and the way back to the full view. */
export function EmbedFooter({ href, revision }: EmbedFooterProps) {
  return (
    <p className="mt-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
      <span>
        Sourced Figures
        {revision ? ` · data as of ${formatRevisionDate(revision.createdAt)} (revision ${revision.id})` : ''}
      </span>
      <a
        href={href}
        target="_blank"
        rel="noopener"
        data-testid="embed-link-back"
        className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
      >
        View on Sourced Figures<span className="sr-only"> (opens in a new tab)</span>
      </a>
    </p>
  );
}
