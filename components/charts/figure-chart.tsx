// Draws one series as a scatter of sourced figures. Everything it draws comes ready-made from
// buildChartModel (lib/figures/chart-data.ts); the drawing is static SVG rendered on the server
// (static-chart-svg.tsx, in series-chart-svg.tsx), in two sizes so that its text stays legible on a
// phone, and the tooltips and the arrow keys come with a small script (chart-points.tsx). A scatter, not a line: the points
// are competing claims by different bodies, and joining them would suggest one measured trend. One
// chart is one series, hence one unit and one value axis.
import type { ChartModel } from '@/lib/figures/chart-data';
import { ChartLegend } from './chart-legend';
import { SeriesChartSvg } from './series-chart-svg';
import { NotDrawnList } from './not-drawn-list';

export interface FigureChartProps {
  model: ChartModel;
  /** Where the figures are listed as a table, for the "skip to the table" link before the chart. */
  tableHref?: string;
}

export function FigureChart({ model, tableHref }: FigureChartProps) {
  return (
    <div>
      {model.pointCount > 0 ? (
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
            {model.unit}
          </p>
          <SeriesChartSvg model={model} />
        </div>
      ) : (
        <p className="rounded-md border border-dashed border-zinc-300 px-3 py-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          None of these figures can be placed in time, so there is nothing to draw. They are listed below.
        </p>
      )}
      {model.pointCount > 0 ? <ChartLegend groups={model.groups} marks={model.marks} /> : null}
      <NotDrawnList groups={model.notDrawn} />
    </div>
  );
}
