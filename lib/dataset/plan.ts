// What a write does, decided before anything is written: a WritePlan lists every version it adds
// (and the version each one replaces), the series, figures and events it creates, the headline list
// it sets and the merges it records. Plans are made by pure functions from validated drafts and the
// current state read under the write lock (lib/dataset/read-state.ts), so they are tested without a
// database; lib/dataset/apply.ts writes any plan in bulk, in one transaction, as one revision.
import type { SeriesKind } from '@/lib/figures/types';
import type { EventContent } from './event-input';
import type { FigureContent } from './figure-input';
import type { SeriesContent } from './series-input';

export type VersionChange = 'created' | 'corrected' | 'retired';

/** The current version of a record, which a new version replaces (and closes) in the same revision. */
export interface Replaced {
  versionId: number;
  version: number;
}

export interface FigureWrite {
  /** An existing figure, or a new one with the natural key it is created with. */
  figure: { id: number; seriesId: number } | { key: string; seriesSlug: string };
  replaces: Replaced | null;
  change: VersionChange;
  content: FigureContent;
  /** sha256 of the content (figureContentHash), computed once by the planner. */
  contentHash: string;
}

export interface SeriesWrite {
  series: { id: number } | { slug: string; unit: string; kind: SeriesKind };
  replaces: Replaced | null;
  change: VersionChange;
  content: SeriesContent;
}

export interface EventWrite {
  event: { id: number } | { slug: string };
  replaces: Replaced | null;
  change: VersionChange;
  content: EventContent;
}

export interface Merge {
  fromId: number;
  intoId: number;
}

export interface WritePlan {
  series: SeriesWrite[];
  figures: FigureWrite[];
  events: EventWrite[];
  /** The dashboard's headline series, in order, by slug; null leaves the list as it is. */
  headlines: string[] | null;
  claimantMerges: Merge[];
  publisherMerges: Merge[];
}

export function emptyPlan(): WritePlan {
  return { series: [], figures: [], events: [], headlines: null, claimantMerges: [], publisherMerges: [] };
}

export function isEmptyPlan(plan: WritePlan): boolean {
  return (
    plan.series.length === 0 &&
    plan.figures.length === 0 &&
    plan.events.length === 0 &&
    plan.headlines === null &&
    plan.claimantMerges.length === 0 &&
    plan.publisherMerges.length === 0
  );
}

/** The next version after `current`: version n + 1, replacing it. */
export function after(current: Replaced): { replaces: Replaced } {
  return { replaces: { versionId: current.versionId, version: current.version } };
}

/** How many versions of each kind a plan writes, for reports and the preview. */
export function countChanges<T extends { change: VersionChange }>(writes: T[]): Record<VersionChange, number> {
  const counts = { created: 0, corrected: 0, retired: 0 };
  for (const write of writes) counts[write.change] += 1;
  return counts;
}
