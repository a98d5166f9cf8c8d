// The preview image is drawn on white, and its renderer understands neither CSS variables nor
// `light-dark()`, so it takes the light half of the chart palette.
import { CHART_COLORS } from '@/components/charts/chart-palette';

function lightHalf(value: string): string {
  return /^light-dark\(\s*([^,]+),/.exec(value)?.[1].trim() ?? value;
}

export const PREVIEW_CHART_COLORS: string[] = CHART_COLORS.map(lightHalf);

export const PREVIEW_INK = {
  text: '#18181b',
  muted: '#52525b',
  faint: '#71717a',
  grid: '#d4d4d8',
  axis: '#a1a1aa',
  accent: '#075985',
  background: '#ffffff',
  band: '#f4f4f5',
} as const;
