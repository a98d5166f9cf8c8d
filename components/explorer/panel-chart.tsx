'use client';

// Draws one explorer panel: one series as a scatter of sourced figures, on the time axis every panel
// shares. Everything comes ready-made from buildExplorerModel (lib/figures/explorer-series.ts); the
// drawing is the series pages' static SVG (components/charts/static-chart-svg.tsx), in two sizes so
// its text stays legible on a phone, with the same small script for tooltips and arrow keys
// (chart-points.tsx): no chart library. Points are never joined into a line: they are competing
// claims, not one measured trend. In change mode a dashed line joins the two figures compared.
import { ChartPoints } from '@/components/charts/chart-points';
import { StaticChartSvg } from '@/components/charts/static-chart-svg';
import type { ExplorerPoint, PanelChart as PanelChartModel } from '@/lib/figures/explorer-series';
import { explorerPointDescription, ExplorerTooltip } from './explorer-tooltip';

export interface PanelChartProps {
  chart: PanelChartModel;
}

/**
 * Room for the value labels, the same in every panel, so that one date sits at the same place in
 * panels drawn one above the other.
 */
const SHARED_AXIS = { leftRoom: 48 };

const card = (point: ExplorerPoint) => <ExplorerTooltip point={point} />;

export function PanelChart({ chart }: PanelChartProps) {
  if (chart.pointCount === 0) {
    return (
      <p className="rounded-md border border-dashed border-zinc-300 px-3 py-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        Nothing to draw in this range. Any figures that could not be drawn are listed below.
      </p>
    );
  }
  const points: Record<string, ExplorerPoint> = Object.fromEntries(chart.groups.flatMap((group) => group.points.map((point) => [point.id, point])));
  return (
    <div className="@container" data-testid="panel-chart">
      <p aria-hidden="true" data-testid="chart-unit" className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {chart.axisLabel}
      </p>
      <ChartPoints tooltips={points} card={card}>
        <StaticChartSvg model={chart} width={560} height={240} layout={SHARED_AXIS} describe={explorerPointDescription} className="hidden @min-[440px]:block" />
        <StaticChartSvg model={chart} width={360} height={240} layout={SHARED_AXIS} describe={explorerPointDescription} className="block @min-[440px]:hidden" />
      </ChartPoints>
    </div>
  );
}
