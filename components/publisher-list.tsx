import Link from 'next/link';
import type { PublisherListItem } from '@/lib/queries/list-publishers';

export interface PublisherListProps {
  publishers: PublisherListItem[];
}

/** Every outlet that carried a figure, with how many. */
export function PublisherList({ publishers }: PublisherListProps) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {publishers.map((publisher) => (
        <li key={publisher.id} data-testid="publisher" className="flex items-baseline justify-between gap-3 px-3 py-2">
          <Link
            href={`/sources/publishers/${publisher.id}`}
            className="min-w-0 font-medium break-words text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
          >
            {publisher.name}
          </Link>
          <span data-testid="figure-count" className="shrink-0 text-sm text-zinc-600 tabular-nums dark:text-zinc-400">
            {publisher.figureCount === 0
              ? 'no current figures'
              : `${publisher.figureCount} ${publisher.figureCount === 1 ? 'figure' : 'figures'}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
