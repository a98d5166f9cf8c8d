import Link from 'next/link';
import type { SeriesView } from '@/lib/figures/types';
import type { RevisionChange } from '@/lib/queries/list-revision-changes';
import { ChangeKindLabel } from './change-kind-label';
import { VersionChange } from './version-change';

export interface RevisionChangeListProps {
  /** Series by series, as the revision wrote them. */
  changes: RevisionChange[];
  series: SeriesView[];
}

/** The figures one revision wrote, series by series: each figure's change and a link to its history. */
export function RevisionChangeList({ changes, series }: RevisionChangeListProps) {
  const bySlug = new Map(series.map((s) => [s.slug, s]));
  const slugs = [...new Set(changes.map((c) => c.figure.seriesSlug))];
  return (
    <div className="space-y-8">
      {slugs.flatMap((slug) => {
        const s = bySlug.get(slug);
        if (!s) return [];
        const rows = changes.filter((c) => c.figure.seriesSlug === slug);
        return (
          <section key={slug} aria-labelledby={`revision-series-${slug}`} data-testid="revision-series" data-series={slug}>
            <h2 id={`revision-series-${slug}`} className="text-lg font-semibold tracking-tight text-zinc-950 dark:text-white">
              <Link href={`/series/${slug}`} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                {s.title}
              </Link>
            </h2>
            <ul className="mt-2 space-y-3">
              {rows.map(({ change, figure, previous }) => (
                <li
                  key={figure.versionId}
                  data-testid="revision-change"
                  data-figure={figure.figureId}
                  className="space-y-2 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
                >
                  <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                    <ChangeKindLabel change={change} />
                    <span className="text-zinc-600 dark:text-zinc-400">version {figure.version}</span>
                    <Link href={`/figures/${figure.figureId}`} className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
                      History of this figure
                      <span className="sr-only"> (figure {figure.figureId})</span>
                    </Link>
                  </p>
                  <VersionChange change={change} figure={figure} previous={previous} series={s} brief />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
