import Link from 'next/link';
import type { SeriesListItem } from '@/lib/queries/list-series';
import { TOPICS } from '@/lib/figures/types';
import { SeriesKindLabel } from './series-kind-label';

export interface SeriesIndexProps {
  series: SeriesListItem[];
  headingLevel?: 'h2' | 'h3';
}

/** All series by topic, each with how many figures it has; a series without any says so. */
export function SeriesIndex({ series, headingLevel: Heading = 'h3' }: SeriesIndexProps) {
  const topics = TOPICS.map((topic) => ({ topic, items: series.filter((s) => s.topic === topic) })).filter(
    (group) => group.items.length > 0,
  );
  return (
    // Columns rather than a grid: topics differ a lot in length, and columns leave no holes.
    <div className="gap-6 sm:columns-2 lg:columns-3">
      {topics.map(({ topic, items }) => (
        <section
          key={topic}
          aria-labelledby={`topic-${topic}`}
          data-testid="topic-group"
          className="mb-6 break-inside-avoid"
        >
          <Heading
            id={`topic-${topic}`}
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400"
          >
            {topic}
          </Heading>
          <ul className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {items.map((item) => (
              <li key={item.slug} className="px-3 py-2.5">
                <Link
                  href={`/series/${item.slug}`}
                  className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
                >
                  {item.title}
                </Link>
                <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
                  <SeriesKindLabel kind={item.kind} /> · {item.unit} ·{' '}
                  {item.figureCount === 0 ? (
                    <span className="font-medium text-amber-800 dark:text-amber-300">no figures yet</span>
                  ) : (
                    <span data-testid="figure-count">
                      {item.figureCount} {item.figureCount === 1 ? 'figure' : 'figures'}
                    </span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
