// "Already recorded as figure N": an existing figure with the same claimant, the same value and a
// period that agrees with the candidate's. Values of series kept in millions or billions of a currency
// are compared in whole units, as candidates give them.
import { sameClaimant, type ClaimantMatcher } from './match-claimant';
import type { Candidate, ClaimantInfo, RecordedFigure, SeriesInfo } from './types';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

function seriesScale(slug: string, series: readonly SeriesInfo[]): number {
  const unit = series.find((s) => s.slug === slug)?.unit ?? '';
  const word = unit.split(' ')[0].toLowerCase();
  return SCALE[word] ?? 1;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A candidate's period agrees with a figure's when each end it gives is the figure's. */
function periodAgrees(candidate: Candidate, figure: RecordedFigure): boolean {
  if (candidate.period_end !== null && candidate.period_end !== figure.periodEnd) return false;
  if (candidate.period_start !== null && candidate.period_start !== figure.periodStart) return false;
  return true;
}

/** The id of the existing figure this candidate repeats, or null. */
export function findRecorded(
  candidate: Candidate,
  figures: readonly RecordedFigure[],
  series: readonly SeriesInfo[],
  claimants: readonly ClaimantInfo[] | ClaimantMatcher,
): number | null {
  if (!candidate.claimant) return null;
  for (const figure of figures) {
    const value = Number(figure.value) * seriesScale(figure.seriesSlug, series);
    if (!sameValue(value, candidate.value)) continue;
    if (!periodAgrees(candidate, figure)) continue;
    if (!sameClaimant(candidate.claimant, figure.claimant, claimants)) continue;
    return figure.figureId;
  }
  return null;
}
