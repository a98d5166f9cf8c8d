import Link from 'next/link';
import { FigureChart } from '@/components/charts/figure-chart';
import { onePanelView } from '@/lib/figures/explorer-series';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { sourceLine } from '@/lib/figures/wording';
import { HeadlineFigure } from './headline-figure';
import { SeriesKindLabel } from './series-kind-label';

export interface SeriesChartCardProps {
  series: SeriesView;
  /** The figures to draw: all of the series', or its latest when it has too many to draw. */
  figures: FigureView[];
  /** How many figures the series has, when more than are drawn. */
  total?: number;
  /** The figure to lead with; none on pages that show the whole table below. */
  headline?: FigureView | null;
  /** The card's title: the series title on the dashboard, a section name on the series page. */
  title?: string;
  headingLevel?: 'h2' | 'h3';
  /** Link the title to the series page (on the dashboard). */
  linkToSeries?: boolean;
  /** Where the figures are listed as a table, for the "skip to the table" link before the chart. */
  tableHref?: string;
}

/**
 * One series as a self-contained card: title, headline, chart, legend, figures that could not be
 * drawn and, last, the sources. Everything a shared screenshot needs sits inside the <figure>.
 */
const COUNT = new Intl.NumberFormat('en-GB');

export function SeriesChartCard({
  series,
  figures,
  total = figures.length,
  headline = null,
  title = series.title,
  headingLevel: Heading = 'h2',
  linkToSeries = false,
  tableHref,
}: SeriesChartCardProps) {
  const view = onePanelView(series, figures);
  const headingId = `chart-${series.slug}-title`;
  return (
    <figure
      data-testid="series-chart"
      data-series={series.slug}
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="mb-3">
        <Heading id={headingId} className="text-base font-semibold leading-snug text-zinc-950 dark:text-white">
          {linkToSeries ? (
            <Link href={`/series/${series.slug}`} className="hover:underline focus-visible:underline">
              {title}
            </Link>
          ) : (
            title
          )}
        </Heading>
        <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          <SeriesKindLabel kind={series.kind} /> · in {series.unit} · {COUNT.format(total)} {total === 1 ? 'figure' : 'figures'}
        </p>
        {headline ? (
          <div className="mt-3">
            <p className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">Latest figure</p>
            <HeadlineFigure figure={headline} series={series} />
          </div>
        ) : null}
      </div>
      {figures.length > 0 ? (
        <>
          <FigureChart panel={view.panels[0]} size="page" legend={view} tableHref={tableHref} />
          {total > figures.length ? (
            <p data-testid="chart-truncated" className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
              The chart draws the latest {COUNT.format(figures.length)} of the {COUNT.format(total)} figures; the table of
              the series page lists them all.
            </p>
          ) : null}
        </>
      ) : (
        <p className="rounded-md border border-dashed border-zinc-300 px-3 py-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No figures yet for this series.
        </p>
      )}
      {linkToSeries ? (
        <p className="mt-3 text-sm">
          <Link
            href={`/series/${series.slug}`}
            className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
          >
            All {COUNT.format(total)} {total === 1 ? 'figure' : 'figures'} with quotes and links
            <span className="sr-only">: {series.title}</span>
          </Link>
        </p>
      ) : null}
      <figcaption
        data-testid="source-line"
        className="mt-3 border-t border-zinc-200 pt-2 text-xs leading-relaxed text-zinc-600 dark:border-zinc-800 dark:text-zinc-400"
      >
        {sourceLine(figures)}
      </figcaption>
    </figure>
  );
}
