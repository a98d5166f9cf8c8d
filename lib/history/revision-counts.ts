// What a revision changed, in words, the same on the corrections log, a revision's page and the feed.
import type { RevisionChangeCounts } from '@/lib/queries/revision-rows';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 figures created, 1 corrected, 0 retired; 3 series created". */
export function describeRevisionCounts(counts: RevisionChangeCounts): string {
  const figures = `${plural(counts.figuresCreated, 'figure', 'figures')} created, ${counts.figuresCorrected} corrected, ${counts.figuresRetired} retired`;
  return counts.seriesCreated > 0 ? `${figures}; ${plural(counts.seriesCreated, 'series', 'series')} created` : figures;
}
