import Link from 'next/link';
import type { FigureView } from '@/lib/figures/types';
import { describeValue } from '@/lib/figures/wording';

export interface FigureHistoryLinkProps {
  figure: Pick<FigureView, 'figureId' | 'version' | 'value' | 'qualifier' | 'valueLow' | 'valueHigh'>;
  /** Say how many versions the figure has had, where it has had more than one. */
  showVersions?: boolean;
}

/**
 * A link from a figure wherever it is listed to its page of versions (/figures/<id>). Not prefetched:
 * a table holds hundreds of them, and few are followed.
 */
export function FigureHistoryLink({ figure, showVersions = true }: FigureHistoryLinkProps) {
  return (
    <>
      <Link
        href={`/figures/${figure.figureId}`}
        prefetch={false}
        data-testid="figure-history-link"
        className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
      >
        History
        <span className="sr-only"> of the figure {describeValue(figure)}</span>
      </Link>
      {showVersions && figure.version > 1 ? (
        <span className="block text-xs text-zinc-600 dark:text-zinc-400">{figure.version} versions</span>
      ) : null}
    </>
  );
}
