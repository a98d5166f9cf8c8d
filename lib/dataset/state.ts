// The current state a plan is made against, as lib/dataset/read-state.ts reads it under the write
// lock. Plain data, so planners are pure functions of (drafts, state).
import type { SeriesKind } from '@/lib/figures/types';
import type { EventContent } from './event-input';
import type { FigureContent } from './figure-input';
import type { SeriesContent } from './series-input';

export interface FigureState {
  figureId: number;
  /** The natural key the figure was created with (lib/dataset/figure-key.ts). */
  key: string;
  seriesId: number;
  seriesSlug: string;
  versionId: number;
  version: number;
  /** Whether the current version is a retirement. */
  retired: boolean;
  contentHash: string;
  /** Read only when a plan needs it (edits, retirements); an import compares hashes. */
  content?: FigureContent;
}

export interface SeriesState {
  id: number;
  slug: string;
  unit: string;
  kind: SeriesKind;
  /** The revision that retired the series, or null. */
  retiredRev: number | null;
  versionId: number;
  version: number;
  content: SeriesContent;
}

export interface EventState {
  id: number;
  slug: string;
  versionId: number;
  version: number;
  retired: boolean;
  content: EventContent;
}

/** Claimants and publishers merged into another: a name that was merged away stands for the survivor. */
export interface NameAliases {
  /** `name \0 organization` of a merged-away claimant → the claimant that took over its figures. */
  claimants: Map<string, { name: string; organization: string }>;
  /** Name of a merged-away publisher → the publisher that took over. */
  publishers: Map<string, string>;
}

export const claimantRef = (claimant: { name: string; organization: string }) => `${claimant.name}\u0000${claimant.organization}`;

export function noAliases(): NameAliases {
  return { claimants: new Map(), publishers: new Map() };
}

/** The content with merged-away names replaced by their survivors, as it would be stored. */
export function resolveNames(content: FigureContent, aliases: NameAliases): FigureContent {
  const claimant = aliases.claimants.get(claimantRef(content.claimant));
  const publisher = aliases.publishers.get(content.publisher.name);
  if (!claimant && publisher === undefined) return content;
  return {
    ...content,
    claimant: claimant ? { ...claimant } : content.claimant,
    publisher: publisher === undefined ? content.publisher : { name: publisher },
  };
}
