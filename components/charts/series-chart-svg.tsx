'use client';

// A series chart's drawing: its SVG in two sizes (./static-chart-svg.tsx) inside ChartPoints, which
// adds the tooltips and the arrow keys. A client component given the model, so that the server
// renders the SVG into the HTML while the page's data carries only the model, once; drawn as server
// components, the SVG would travel twice (in the HTML and again in the page's data).
import type { ChartModel, PointTooltip } from '@/lib/figures/chart-data';
import { ChartPoints } from './chart-points';
import { StaticChartSvg } from './static-chart-svg';

export function SeriesChartSvg({ model }: { model: ChartModel }) {
  const tooltips: Record<string, PointTooltip> = Object.fromEntries(model.groups.flatMap((group) => group.points.map((point) => [point.id, point.tooltip])));
  return (
    <ChartPoints tooltips={tooltips}>
      <StaticChartSvg model={model} width={640} height={260} className="hidden @min-[480px]:block" />
      <StaticChartSvg model={model} width={360} height={240} className="block @min-[480px]:hidden" />
    </ChartPoints>
  );
}
