import type { SeriesKind } from '@/lib/figures/types';

const KIND_LABELS: Record<SeriesKind, { label: string; meaning: string }> = {
  cumulative: { label: 'Running total', meaning: 'each figure is a total up to its “as of” date' },
  level: { label: 'Level', meaning: 'each figure counts how many at one point in time' },
  flow: { label: 'Within a period', meaning: 'each figure counts what happened during its period' },
  target: { label: 'Target or pledge', meaning: 'each figure is planned, pledged or projected, not achieved' },
  rate: { label: 'Rate', meaning: 'each figure is a price or ratio' },
  change: { label: 'Change', meaning: 'each figure is a relative change, in percent' },
};

export interface SeriesKindLabelProps {
  kind: SeriesKind;
  /** Also say what the kind means, for places with room to explain. */
  explain?: boolean;
}

/** "Running total" and, when asked, what that means for reading the figures. */
export function SeriesKindLabel({ kind, explain = false }: SeriesKindLabelProps) {
  const { label, meaning } = KIND_LABELS[kind];
  return explain ? (
    <>
      {label}: {meaning}
    </>
  ) : (
    <>{label}</>
  );
}
