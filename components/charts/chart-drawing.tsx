'use client';

// A chart's drawing: its SVG in two sizes (./static-chart-svg.tsx), so that its text stays legible on
// a phone, inside ChartPoints, which adds the tooltips and the arrow keys. A client component given
// the model, so that the server renders the SVG into the HTML while the page's data carries only the
// model, once; drawn as server components, the SVG would travel twice (in the HTML and again in the
// page's data).
import type { ChartModel, ChartPoint } from '@/lib/figures/chart-data';
import { ChartPoints } from './chart-points';
import { ChartStyles } from './chart-styles';
import { StaticChartSvg } from './static-chart-svg';

/**
 * "page": a series page's or an embed's chart, alone in a wide column. "panel": one of the explorer's
 * small multiples, with the same room for the value labels in every panel, so that one date sits at
 * the same place in panels drawn one above the other.
 */
export type ChartSize = 'page' | 'panel';

const SHARED_AXIS = { leftRoom: 48 };

export function ChartDrawing({ chart, size }: { chart: ChartModel; size: ChartSize }) {
  const points: Record<string, ChartPoint> = Object.fromEntries(chart.groups.flatMap((group) => group.points.map((point) => [point.id, point])));
  return (
    <ChartPoints points={points}>
      <ChartStyles />
      {size === 'page' ? (
        <>
          <StaticChartSvg model={chart} width={640} height={260} className="hidden @min-[480px]:block" />
          <StaticChartSvg model={chart} width={360} height={240} className="block @min-[480px]:hidden" />
        </>
      ) : (
        <>
          <StaticChartSvg model={chart} width={560} height={240} layout={SHARED_AXIS} className="hidden @min-[440px]:block" />
          <StaticChartSvg model={chart} width={360} height={240} layout={SHARED_AXIS} className="block @min-[440px]:hidden" />
        </>
      )}
    </ChartPoints>
  );
}
