import Link from 'next/link';
import { FigureHistoryLink } from '@/components/figure-history-link';
import type { SeriesView } from '@/lib/figures/types';
import { describeFigure } from '@/lib/figures/wording';
import type { ViewChange, ViewChangeKind } from '@/lib/share/view-changes';

export interface ViewChangeListProps {
  series: SeriesView[];
  changes: ViewChange[];
}

const KIND_LABELS: Record<ViewChangeKind, string> = { added: 'Added', corrected: 'Corrected', withdrawn: 'Withdrawn' };

/** Each changed figure of each series: what the pinned view showed, and what the latest data shows. */
export function ViewChangeList({ series, changes }: ViewChangeListProps) {
  return (
    <div className="space-y-8">
      {series.map((s) => {
        const rows = changes.filter((change) => change.seriesSlug === s.slug);
        return (
          <section key={s.slug} aria-labelledby={`changes-${s.slug}`} data-testid="series-changes">
            <h2 id={`changes-${s.slug}`} className="text-lg font-semibold tracking-tight text-zinc-950 dark:text-white">
              <Link href={`/series/${s.slug}`} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                {s.title}
              </Link>
            </h2>
            {rows.length === 0 ? (
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">No figure of this series has changed.</p>
            ) : (
              <ul className="mt-2 divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
                {rows.map((change) => {
                  const shown = change.after ?? change.before;
                  return (
                    <li key={change.figureId} data-testid="figure-change" className="grid gap-2 px-4 py-3 text-sm sm:grid-cols-[7rem_1fr]">
                      <p className="font-semibold">
                        {KIND_LABELS[change.kind]}
                        {change.after ? (
                          <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">in revision {change.after.revision}</span>
                        ) : null}
                        {shown ? (
                          <span className="mt-1 block text-xs font-normal">
                            <FigureHistoryLink figure={shown} showVersions={false} />
                          </span>
                        ) : null}
                      </p>
                      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                        <dt className="text-zinc-600 dark:text-zinc-400">Then</dt>
                        <dd data-testid="change-before">{change.before ? describeFigure(change.before, s) : 'not in the data yet'}</dd>
                        <dt className="text-zinc-600 dark:text-zinc-400">Now</dt>
                        <dd data-testid="change-after">{change.after ? describeFigure(change.after, s) : 'withdrawn'}</dd>
                      </dl>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
