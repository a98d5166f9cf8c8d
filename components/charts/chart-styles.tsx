'use client';

// The charts' classes (CHART_STYLESHEET, ./chart-palette.ts), written into the head of a page that
// draws a chart (./chart-drawing.tsx) or the explorer's results (their tables' swatches), once
// however many charts it has: React keeps one <style> per href. A client component, so that the
// stylesheet travels in the HTML and in the chart's script, not again in the page's React data as
// a server component's output would, and pages without a chart carry none of it.
import { CHART_STYLESHEET } from './chart-palette';

export function ChartStyles() {
  return (
    <style href="sf-chart-styles" precedence="default">
      {CHART_STYLESHEET}
    </style>
  );
}
