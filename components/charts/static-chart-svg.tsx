// A chart of sourced figures as plain SVG: the one drawing of the chart model (ChartModel,
// lib/figures/chart-data.ts) on series pages, in the explorer's panels, in embeds and in the
// downloads (which read this SVG from the page). Laid out in pixels by layoutMiniChart
// (lib/previews/mini-chart.ts), the layout the preview images are drawn from too, so every mark sits
// at the same place in both. Rendered on the server into the HTML, painted with the first bytes and
// readable with scripts off; fixed viewBox, scaled by CSS. Each point is a focusable image named by
// its tooltip's words; ChartPoints (./chart-points.tsx) adds the tooltip on hover and focus, and arrow
// keys between points.
//
// The drawing inside the <svg> is written as one string of markup (every value from the data through
// escapeXml) rather than as React elements: a 20-panel explorer view draws 4,000 marks, and React
// spent most of the page's time creating, rendering and collecting an element for each of their
// 40,000 nodes. The colours are classes (CHART_STYLESHEET, ./chart-palette.ts).
import { formatAxisNumber, layoutPointLabels, type ChartModel, type ChartPoint } from '@/lib/figures/chart-data';
import { layoutMiniChart, type MiniChartLayout, type MiniChartOptions, type MiniMark } from '@/lib/previews/mini-chart';
import { escapeXml, xmlElement } from '@/lib/xml';
import { strokeClass } from './chart-palette';
import { markerMarkup } from './point-marker';
import { pointDescription } from './point-tooltip-card';

export interface StaticChartSvgProps {
  model: ChartModel;
  width: number;
  height: number;
  className?: string;
  layout?: MiniChartOptions;
}

const FONT_SIZE = 12;

/** The value grid and labels, and the time axis. */
function axes(layout: MiniChartLayout, yTicks: number[], yTop: number): string {
  const { plot } = layout;
  let out = '';
  layout.yLabels.forEach((label, i) => {
    out += `<path d="M${plot.left},${label.y} H${plot.right}" class="sf-grid" stroke-dasharray="2 3"></path>`;
    out += xmlElement('text', { x: plot.left - 6, y: label.y, dy: '0.32em', 'text-anchor': 'end' }, escapeXml(formatAxisNumber(yTicks[i], yTop)));
  });
  out += `<path d="M${plot.left},${plot.bottom} H${plot.right}" class="sf-sm"></path>`;
  for (const label of layout.xLabels) {
    out += xmlElement('text', { x: label.x, y: plot.bottom + FONT_SIZE + 6, 'text-anchor': 'middle' }, escapeXml(label.text));
  }
  return xmlElement('g', { 'aria-hidden': 'true', 'font-size': FONT_SIZE, class: 'sf-fm' }, out);
}

/** Events behind the points: a dashed line, or a shaded span for a date known to its month or year. */
function eventMarks({ plot, events }: MiniChartLayout): string {
  let out = '';
  for (const event of events) {
    out += event.span
      ? `<rect x="${event.span[0]}" y="${plot.top}" width="${event.span[1] - event.span[0]}" height="${plot.bottom - plot.top}" class="sf-event-span"></rect>`
      : `<path d="M${event.x},${plot.top} V${plot.bottom}" class="sf-event" stroke-dasharray="4 3"></path>`;
  }
  return `<g aria-hidden="true" data-testid="chart-events">${out}</g>`;
}

/** The events' numbers above the plot, over everything else. */
function eventLabels({ plot, events }: MiniChartLayout): string {
  let out = '';
  for (const event of events) {
    if (event.label !== null) out += xmlElement('text', { x: event.x, y: plot.top - 5, 'text-anchor': 'middle' }, escapeXml(event.label));
  }
  return `<g aria-hidden="true" font-size="10" font-weight="700" class="sf-ft">${out}</g>`;
}

/** The indexed mode's 100 line, and the change mode's dashed line between the two figures compared. */
function guides({ plot, baseline, segments }: MiniChartLayout): string {
  let out = baseline !== null ? `<path d="M${plot.left},${baseline} H${plot.right}" class="sf-sm"></path>` : '';
  for (const segment of segments) {
    out += `<path data-testid="change-segment" d="M${segment.from[0]},${segment.from[1]} L${segment.to[0]},${segment.to[1]}" class="sf-segment ${strokeClass(segment.colorIndex)}" stroke-dasharray="5 4"></path>`;
  }
  return `<g aria-hidden="true">${out}</g>`;
}

/** Each point's stated range (a bar up and down) and the month or year its date covers (across). */
function errorBars(marks: MiniMark[]): string {
  let out = '';
  for (const { span, range, cx, cy, colorIndex } of marks) {
    if (!span && !range) continue;
    out += '<g>';
    if (span) out += `<path d="M${span[0]},${cy} H${span[1]} M${span[0]},${cy - 2} V${cy + 2} M${span[1]},${cy - 2} V${cy + 2}" class="sf-sm"></path>`;
    if (range) {
      out += `<path d="M${cx - 4},${range[0]} H${cx + 4} M${cx},${range[0]} V${range[1]} M${cx - 4},${range[1]} H${cx + 4}" class="sf-range ${strokeClass(colorIndex)}"></path>`;
    }
    out += '</g>';
  }
  return `<g aria-hidden="true">${out}</g>`;
}

/** The short value beside each point ("~6.5M", ">12M"), so that a screenshot keeps it. */
function pointLabelTexts(labels: ReturnType<typeof layoutPointLabels>): string {
  let out = '';
  for (const label of labels) {
    out += xmlElement('text', { x: label.x, y: label.y, 'text-anchor': label.anchor === 'start' ? null : label.anchor }, escapeXml(label.text));
  }
  return `<g aria-hidden="true" font-size="11" font-weight="600" paint-order="stroke" stroke-width="3" stroke-linejoin="round" class="sf-ft sf-halo">${out}</g>`;
}

/** Each point: a focusable image named by its tooltip's words, over its hit and focus circle. */
function pointMarks(marks: MiniMark[], points: Map<string, ChartPoint>): string {
  let out = '';
  marks.forEach((mark, index) => {
    const point = points.get(mark.id);
    const attributes = {
      'data-point': mark.id,
      'data-testid': 'chart-point',
      role: 'img',
      'aria-label': point ? pointDescription(point) : null,
      tabindex: index === 0 ? 0 : -1,
      class: 'chart-point',
    };
    const marker = markerMarkup({ cx: mark.cx, cy: mark.cy, shape: mark.shape, tone: mark.colorIndex, bound: mark.bound });
    out += xmlElement('g', attributes, `<circle cx="${mark.cx}" cy="${mark.cy}" r="11"></circle>${marker}`);
  });
  return out;
}

/** The drawing inside the chart's <svg>, as markup. */
export function staticChartMarkup(model: ChartModel, width: number, height: number, options?: MiniChartOptions): string {
  const layout = layoutMiniChart(model, width, height, FONT_SIZE, options);
  const { plot } = layout;
  const points = new Map<string, ChartPoint>(model.groups.flatMap((group) => group.points.map((point) => [point.id, point] as const)));
  // Left to right, as the arrow keys move; the first one takes the focus from Tab.
  const marks = [...layout.marks].sort((a, b) => a.cx - b.cx || a.cy - b.cy);
  const labels = layoutPointLabels(
    marks.map((mark) => ({
      id: mark.id,
      cx: mark.cx,
      cy: mark.cy,
      text: points.get(mark.id)?.label ?? '',
      bound: mark.bound,
      rangePx: mark.range,
    })),
    { left: plot.left, top: plot.top - 20, right: width - 2, bottom: plot.bottom },
  );
  const hasEvents = layout.events.length > 0;
  return [
    axes(layout, model.yTicks, model.yTicks.at(-1) ?? model.yDomain[1]),
    hasEvents ? eventMarks(layout) : '',
    layout.baseline !== null || layout.segments.length > 0 ? guides(layout) : '',
    errorBars(marks),
    pointMarks(marks, points),
    pointLabelTexts(labels),
    hasEvents ? eventLabels(layout) : '',
  ].join('');
}

export function StaticChartSvg({ model, width, height, className, layout }: StaticChartSvgProps) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={className}
      role="group"
      aria-label={model.summary}
      data-testid="chart-svg"
      style={{ width: '100%', height: 'auto', aspectRatio: `${width} / ${height}`, overflow: 'visible' }}
      dangerouslySetInnerHTML={{ __html: staticChartMarkup(model, width, height, layout) }}
    />
  );
}
