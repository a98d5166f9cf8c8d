import type { MarkerShape } from '@/lib/figures/chart-data';
import { PointMarker } from '@/components/charts/point-marker';

export interface ClaimantSwatchProps {
  shape: MarkerShape;
  colorIndex: number;
  open?: boolean;
}

/** A claimant body's marker, for tables and the ledger, so a row can be matched to its points. */
export function ClaimantSwatch({ shape, colorIndex, open = false }: ClaimantSwatchProps) {
  return (
    <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true" className="inline-block shrink-0 overflow-visible align-[-2px]">
      <PointMarker cx={7} cy={7} shape={shape} tone={colorIndex} open={open} size={60} />
    </svg>
  );
}
