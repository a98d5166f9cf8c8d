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

/** Text and the halo behind it, matching the card background in each theme. */
export const CHART_TEXT = 'light-dark(#3f3f46, #d4d4d8)';
export const CHART_BACKGROUND = 'light-dark(#ffffff, #18181b)';
export const CHART_MUTED = 'light-dark(#71717a, #a1a1aa)';
