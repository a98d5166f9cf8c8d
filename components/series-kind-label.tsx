import { SERIES_KIND_LABELS } from '@/lib/figures/series-kind';
import type { SeriesKind } from '@/lib/figures/types';

export interface SeriesKindLabelProps {
  kind: SeriesKind;
  /** Also say what the kind means, for places with room to explain. */
  explain?: boolean;
}

/** "Running total" and, when asked, what that means for reading the figures. */
export function SeriesKindLabel({ kind, explain = false }: SeriesKindLabelProps) {
  const { label, meaning } = SERIES_KIND_LABELS[kind];
  return explain ? (
    <>
      {label}: {meaning}
    </>
  ) : (
    <>{label}</>
  );
}
