// The one chart component: one series as a scatter of sourced figures, on a series page, in an embed
// and in each of the explorer's panels. Everything it draws comes ready-made from the chart pipeline
// (lib/figures/explorer-series.ts; a series page is its one-panel view, onePanelView); the drawing is
// static SVG rendered on the server (chart-drawing.tsx), with the tooltips and the arrow keys from a
// small script (chart-points.tsx). A scatter, not a line: the points are competing claims by
// different bodies, and joining them would suggest one measured trend. In change mode a dashed line
// joins the two figures compared. Under the chart: its legend when it stands alone, what it could not
// draw, and the repeats it folded into their first report.
import type { ChartMarks, ClaimantStyle } from '@/lib/figures/chart-data';
import type { ExplorerPanel } from '@/lib/figures/explorer-series';
import { ChartDrawing, type ChartSize } from './chart-drawing';
import { ChartLegend } from './chart-legend';
import { NotDrawnList } from './not-drawn-list';

export interface FigureChartProps {
  panel: Pick<ExplorerPanel, 'chart' | 'notDrawn' | 'repeatCount'>;
  size: ChartSize;
  /** The legend under a chart that stands alone; the explorer shows one above all its panels. */
  legend?: { claimants: ClaimantStyle[]; marks: ChartMarks };
  /** Where the figures are listed as a table, for the "skip to the table" link before the chart. */
  tableHref?: string;
}

export function FigureChart({ panel, size, legend, tableHref }: FigureChartProps) {
  const { chart, repeatCount } = panel;
  return (
    <div>
      {chart.pointCount > 0 ? (
        <div className="@container relative">
          {tableHref ? (
            <a
              href={tableHref}
              className="sr-only rounded bg-white px-2 py-1 text-sm text-sky-800 focus:not-sr-only focus:absolute focus:z-20 focus-visible:outline-2 focus-visible:outline-sky-600 dark:bg-zinc-900 dark:text-sky-300"
            >
              Skip to the table of figures
            </a>
          ) : null}
          <p aria-hidden="true" data-testid="chart-unit" className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
            {chart.axisLabel}
          </p>
          <ChartDrawing chart={chart} size={size} />
        </div>
      ) : (
        <p className="rounded-md border border-dashed border-zinc-300 px-3 py-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          Nothing to draw in this range. Any figures that could not be drawn are listed below.
        </p>
      )}
      {legend && chart.pointCount > 0 ? <ChartLegend claimants={legend.claimants} marks={legend.marks} sourcesLabel="Sources on the chart" className="mt-3" /> : null}
      <NotDrawnList groups={panel.notDrawn} />
      {repeatCount > 0 ? (
        <p data-testid="repeats-note" className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
          {repeatCount === 1 ? '1 later report repeats' : `${repeatCount} later reports repeat`} an earlier claim of the same claimant; a
          repeat is not drawn as a separate point or counted as a confirmation.
        </p>
      ) : null}
    </div>
  );
}
