import Link from 'next/link';
import { FigureChart } from '@/components/charts/figure-chart';
import { SeriesKindLabel } from '@/components/series-kind-label';
import type { ExplorerPanel } from '@/lib/figures/explorer-series';

export interface ExplorerPanelsProps {
  panels: ExplorerPanel[];
  /** The view's table view, where each panel's "skip to the table" link leads; none in an embed. */
  tableHref?: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The chart view: one panel per series, as small multiples. Each panel is a self-contained <figure>
 * with its title, chart, what it could not draw and its sources, so a screenshot of one panel still
 * says where every number comes from.
 */
export function ExplorerPanels({ panels, tableHref }: ExplorerPanelsProps) {
  return (
    <div className={`grid gap-6 ${panels.length > 1 ? 'lg:grid-cols-2' : ''}`}>
      {panels.map((panel) => {
        const headingId = `panel-${panel.series.slug}-title`;
        return (
          <figure
            key={panel.series.slug}
            data-testid="explorer-panel"
            data-series={panel.series.slug}
            aria-labelledby={headingId}
            className="flex min-w-0 flex-col rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <div className="mb-3">
              <h3 id={headingId} className="text-base font-semibold leading-snug text-zinc-950 dark:text-white">
                <Link href={`/series/${panel.series.slug}`} className="hover:underline focus-visible:underline">
                  {panel.series.title}
                </Link>
              </h3>
              <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
                <SeriesKindLabel kind={panel.series.kind} /> · in {panel.series.unit} · {plural(panel.figureCount, 'figure')} in view
              </p>
            </div>
            <FigureChart panel={panel} size="panel" tableHref={tableHref ? `${tableHref}#table-${panel.series.slug}-caption` : undefined} />
            <figcaption
              data-testid="source-line"
              className="mt-3 border-t border-zinc-200 pt-2 text-xs leading-relaxed text-zinc-600 dark:border-zinc-800 dark:text-zinc-400"
            >
              {panel.sourceLine}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
