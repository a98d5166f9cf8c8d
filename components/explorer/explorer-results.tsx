// What the explorer shows for the chosen series: the panels (or tables), their legend and events, the
// change table and the ledger of competing estimates, built on the server (buildExplorerModel,
// lib/figures/explorer-series.ts) from the view's figures, so that every chart is in the HTML. Only the
// points' tooltips and keys (components/charts/chart-points.tsx) run in the browser.
import { ChartLegend } from '@/components/charts/chart-legend';
import { ChartStyles } from '@/components/charts/chart-styles';
import { buildExplorerModel, type ExplorerEvent } from '@/lib/figures/explorer-series';
import type { DateRange } from '@/lib/figures/explorer-range';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { truncationNotice, type Truncation } from '@/lib/limits';
import type { Mode, View } from '@/lib/view-state';
import { ChangeTable } from './change-table';
import { DisagreementLedger } from './disagreement-ledger';
import { EventList } from './event-list';
import { ExplorerPanels } from './explorer-panels';
import { ExplorerTable } from './explorer-table';

export interface ExplorerResultsProps {
  series: SeriesView[];
  figures: FigureView[];
  events: ExplorerEvent[];
  /** The series with more figures in the range than one view reads. */
  truncated: Truncation[];
  range: DateRange;
  mode: Mode;
  view: View;
  /** "Oct 2024 – Dec 2025", "all dates". */
  rangeText: string;
  /** The same view as tables, for the charts' "skip to the table" links. */
  tableHref?: string;
  /** An embed shows the charts or tables alone: no headings, change table or ledger. */
  embedded?: boolean;
}

export function ExplorerResults({ series, figures, events, truncated, range, mode, view, rangeText, tableHref, embedded = false }: ExplorerResultsProps) {
  const model = buildExplorerModel({ series, figures, events, range, mode });

  // A series with more figures in the range than one view reads shows its latest ones, and says so.
  const notices = truncated.map((t) => truncationNotice(t, series.find((s) => s.slug === t.seriesSlug)?.title ?? t.seriesSlug));
  const truncation =
    notices.length > 0 ? (
      <ul data-testid="figures-truncated" className="list-disc space-y-1 rounded-xl border border-amber-300 bg-amber-50 px-8 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    ) : null;

  const content =
    view === 'chart' ? (
      <>
        <ChartLegend claimants={model.claimants} marks={model.marks} hasEvents={model.events.length > 0} sourcesLabel="Sources on the charts" testId="explorer-legend" />
        <EventList events={model.events} />
        <ExplorerPanels panels={model.panels} tableHref={tableHref} />
      </>
    ) : (
      <>
        {embedded ? null : <EventList events={model.events} />}
        <ExplorerTable panels={model.panels} mode={mode} />
      </>
    );
  if (embedded) {
    return (
      <div className="space-y-3">
        <ChartStyles />
        {truncation}
        {content}
      </div>
    );
  }

  const figureTotal = model.panels.reduce((n, p) => n + p.figureCount, 0);
  return (
    <>
      <ChartStyles />
      <section aria-labelledby="results-heading" className="space-y-4">
        <div>
          <h2 id="results-heading" className="text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
            {view === 'chart' ? 'Chart' : 'Table'}: {rangeText}
          </h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400" data-testid="results-summary">
            {`${series.length} series, ${figureTotal.toLocaleString('en-US')} ${figureTotal === 1 ? 'figure' : 'figures'} in view.`}{' '}
            {view === 'chart'
              ? 'One panel per series; panels in the same unit share a scale; a colour and marker stand for the same body in every panel.'
              : 'One table per series, listing exactly what the chart shows, with every citation.'}
          </p>
        </div>
        {truncation}
        {content}
      </section>
      {mode === 'change' ? <ChangeTable panels={model.panels} rangeText={rangeText} /> : null}
      <DisagreementLedger panels={model.panels} claimants={model.claimants} />
    </>
  );
}
