'use client';

// The charts' classes (CHART_STYLESHEET, ./chart-palette.ts), written once into the head of every
// page. A client component, so that the stylesheet travels in the HTML and in the shared script
// chunk, not a second time in every page's React data, as a server component's output would.
import { CHART_STYLESHEET } from './chart-palette';

export function ChartStyles() {
  return (
    <style href="sf-chart-styles" precedence="default">
      {CHART_STYLESHEET}
    </style>
  );
}
