'use client';

// What the explorer shows for the chosen series: the panels (or tables), their legend and events, the
// change table and the ledger of competing estimates. The browser builds them (buildExplorerModel,
// lib/figures/explorer-series.ts) from the view's figures as they arrive (explorer-figures.tsx).
import { useMemo } from 'react';
import { ChartLegend } from '@/components/charts/chart-legend';
import { ErrorPanel } from '@/components/error-panel';
import { buildExplorerModel } from '@/lib/figures/explorer-series';
import type { DateRange } from '@/lib/figures/explorer-range';
import type { SeriesView } from '@/lib/figures/types';
import { truncationNotice } from '@/lib/limits';
import type { Mode, View } from '@/lib/view-state';
import { ChangeTable } from './change-table';
import { DisagreementLedger } from './disagreement-ledger';
import { EventList } from './event-list';
import { useExplorerFigures } from './explorer-figures';
import { ExplorerPanels } from './explorer-panels';
import { ExplorerTable } from './explorer-table';

export interface ExplorerResultsProps {
  series: SeriesView[];
  range: DateRange;
  mode: Mode;
  view: View;
  /** "Oct 2024 – Dec 2025", "all dates". */
  rangeText: string;
  /** An embed shows the charts or tables alone: no headings, change table or ledger. */
  embedded?: boolean;
}

function Drawing({ seriesCount }: { seriesCount: number }) {
  return (
    <div role="status" data-testid="explorer-drawing" className="space-y-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Reading the figures of {seriesCount} series…</p>
      <div aria-hidden="true" className={`grid gap-6 ${seriesCount > 1 ? 'lg:grid-cols-2' : ''}`}>
        {Array.from({ length: Math.min(seriesCount, 4) }, (_, i) => (
          <div
            key={i}
            className="h-80 animate-pulse rounded-xl border border-zinc-200 bg-white motion-reduce:animate-none dark:border-zinc-800 dark:bg-zinc-900"
          />
        ))}
      </div>
      <noscript>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          The charts and tables are drawn by the browser and need JavaScript. The figures of this view are also in the CSV
          download of the API (/api/v1/export.csv).
        </p>
      </noscript>
    </div>
  );
}

export function ExplorerResults({ series, range, mode, view, rangeText, embedded = false }: ExplorerResultsProps) {
  const loaded = useExplorerFigures();
  const data = loaded?.status === 'ready' ? loaded : null;
  const model = useMemo(
    () => (data ? buildExplorerModel({ series, figures: data.figures, events: data.events, range, mode }) : null),
    [data, series, range, mode],
  );

  // A series with more figures in the range than one view reads shows its latest ones, and says so.
  const truncated = data?.truncated.map((t) => truncationNotice(t, series.find((s) => s.slug === t.seriesSlug)?.title ?? t.seriesSlug)) ?? [];
  const truncation =
    truncated.length > 0 ? (
      <ul data-testid="figures-truncated" className="list-disc space-y-1 rounded-xl border border-amber-300 bg-amber-50 px-8 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
        {truncated.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    ) : null;

  const content =
    loaded?.status === 'failed' ? (
      <ErrorPanel
        heading="h2"
        title="The figures could not be read"
        message={`${loaded.message.replace(/\.$/, '')}. Nothing was changed.`}
        onRetry={loaded.retry}
      />
    ) : !model ? (
      <Drawing seriesCount={series.length} />
    ) : view === 'chart' ? (
      <>
        <ChartLegend claimants={model.claimants} marks={model.marks} hasEvents={model.events.length > 0} sourcesLabel="Sources on the charts" testId="explorer-legend" />
        <EventList events={model.events} />
        <ExplorerPanels panels={model.panels} />
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
        {truncation}
        {content}
      </div>
    );
  }

  const figureTotal = model ? model.panels.reduce((n, p) => n + p.figureCount, 0) : null;
  return (
    <>
      <section aria-labelledby="results-heading" aria-busy={!model} className="space-y-4">
        <div>
          <h2 id="results-heading" className="text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
            {view === 'chart' ? 'Chart' : 'Table'}: {rangeText}
          </h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400" data-testid="results-summary">
            {series.length} series
            {figureTotal === null ? '' : `, ${figureTotal.toLocaleString('en-US')} ${figureTotal === 1 ? 'figure' : 'figures'} in view`}.{' '}
            {view === 'chart'
              ? 'One panel per series; panels in the same unit share a scale; a colour and marker stand for the same body in every panel.'
              : 'One table per series, listing exactly what the chart shows, with every citation.'}
          </p>
        </div>
        {truncation}
        {content}
      </section>
      {model && mode === 'change' ? <ChangeTable panels={model.panels} rangeText={rangeText} /> : null}
      {model ? <DisagreementLedger panels={model.panels} claimants={model.claimants} /> : null}
    </>
  );
}
