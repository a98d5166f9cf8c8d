import Link from 'next/link';
import type { SeriesListItem } from '@/lib/queries/list-series';
import { SERIES_KIND_LABELS } from '@/lib/figures/series-kind';

export interface SeriesListProps {
  series: SeriesListItem[];
}

/**
 * Series, each linked, with its kind, unit and how many figures it has; a series without any says so.
 * Each line's words are one string: the dashboard lists 60 of these, and every separate piece of text
 * costs a marker in the HTML and an entry in the page's data.
 */
export function SeriesList({ series }: SeriesListProps) {
  return (
    <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
      {series.map((item) => (
        <li key={item.slug} data-testid="series-item" className="px-3 py-2.5">
          <Link href={`/series/${item.slug}`} className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
            {item.title}
          </Link>
          <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
            {`${SERIES_KIND_LABELS[item.kind].label} · ${item.unit} · `}
            {item.figureCount === 0 ? (
              <span className="font-medium text-amber-800 dark:text-amber-300">no figures yet</span>
            ) : (
              <span data-testid="figure-count">{`${item.figureCount} ${item.figureCount === 1 ? 'figure' : 'figures'}`}</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
