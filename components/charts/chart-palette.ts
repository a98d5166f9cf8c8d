// Colours for the claimant groups of a chart, after the Okabe–Ito colour-blind-safe palette, darkened
// for white and lightened for the dark theme. `light-dark()` follows the page's color-scheme, so the
// server-rendered SVG is right from the first paint with no theme state. The length must equal
// CHART_COLOR_COUNT in lib/figures/chart-data.ts, which hands out the indices.
export const CHART_COLORS = [
  'light-dark(#0072b2, #56b4e9)',
  'light-dark(#c2410c, #fb923c)',
  'light-dark(#047857, #34d399)',
  'light-dark(#a8457e, #e39bc6)',
  'light-dark(#8a5a00, #facc15)',
  'light-dark(#5b4fc4, #a5b4fc)',
] as const;

/** Text and the halo behind it, matching the card background in each theme; then the muted grey, the grid and the events. */
const CHART_TEXT = 'light-dark(#3f3f46, #d4d4d8)';
const CHART_BACKGROUND = 'light-dark(#ffffff, #18181b)';
const CHART_MUTED = 'light-dark(#71717a, #a1a1aa)';
const GRID = 'light-dark(#e4e4e7, #3f3f46)';
const EVENT_STROKE = 'light-dark(#a1a1aa, #71717a)';
const EVENT_FILL = 'light-dark(#e4e4e7, #3f3f46)';

/** A mark's colour: a claimant group's (its colour index), or the muted grey of the legend's keys. */
export type ChartTone = number | 'muted';

export const fillClass = (tone: ChartTone) => (tone === 'muted' ? 'sf-fm' : `sf-f${tone}`);
export const strokeClass = (tone: ChartTone) => (tone === 'muted' ? 'sf-sm' : `sf-s${tone}`);

/**
 * The charts' colours and strokes as classes, written once into every page that draws a chart
 * (./chart-styles.tsx), so that a chart of a thousand points names each colour by a short class rather
 * than repeating it inline on every mark. The downloads write the computed values inline
 * (components/share/chart-capture.ts).
 */
export const CHART_STYLESHEET = [
  ...CHART_COLORS.flatMap((color, i) => [`.sf-f${i}{fill:${color}}`, `.sf-s${i}{stroke:${color}}`]),
  `.sf-fm{fill:${CHART_MUTED}}`,
  `.sf-sm{stroke:${CHART_MUTED}}`,
  `.sf-ft{fill:${CHART_TEXT}}`,
  `.sf-halo{stroke:${CHART_BACKGROUND}}`,
  `.sf-grid{stroke:${GRID}}`,
  `.sf-event{stroke:${EVENT_STROKE}}`,
  `.sf-event-span{fill:${EVENT_FILL};fill-opacity:.45}`,
  // A filled marker, outlined in the background colour so that overlapping markers stay apart.
  `.sf-dot{stroke:${CHART_BACKGROUND};stroke-width:1.25}`,
  // A hollow marker: a bound, or a figure the legend draws open.
  `.sf-ring{fill:${CHART_BACKGROUND};stroke-width:2}`,
  '.sf-bound{fill:none;stroke-width:1.75;stroke-linecap:round;stroke-linejoin:round}',
  '.sf-range{fill:none;stroke-width:1.75}',
  '.sf-segment{fill:none;stroke-width:1.5}',
].join('');
