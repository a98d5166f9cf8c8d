import type { SeriesKind } from './types';

/** What each kind of series is called, and what that means for reading its figures. */
export const SERIES_KIND_LABELS: Record<SeriesKind, { label: string; meaning: string }> = {
  cumulative: { label: 'Running total', meaning: 'each figure is a total up to its “as of” date' },
  level: { label: 'Level', meaning: 'each figure counts how many at one point in time' },
  flow: { label: 'Within a period', meaning: 'each figure counts what happened during its period' },
  target: { label: 'Target or pledge', meaning: 'each figure is planned, pledged or projected, not achieved' },
  rate: { label: 'Rate', meaning: 'each figure is a price or ratio' },
  change: { label: 'Change', meaning: 'each figure is a relative change, in percent' },
};
