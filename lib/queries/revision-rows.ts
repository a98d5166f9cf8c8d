// Shared pieces of the revision queries: what a revision looks like to readers of the API, and how
// its rows and per-kind counts become that.
import type { ChangeKind, Prisma } from '@/generated/prisma/client';

export interface RevisionChangeCounts {
  figuresCreated: number;
  figuresCorrected: number;
  figuresRetired: number;
  seriesCreated: number;
}

export interface RevisionSummary {
  id: number;
  /** ISO 8601 timestamp. */
  createdAt: string;
  author: string;
  reason: string;
  /** The files it was imported from. */
  source: string | null;
  changes: RevisionChangeCounts;
}

export const revisionInclude = {
  _count: { select: { seriesCreated: true } },
} satisfies Prisma.DatasetRevisionInclude;

type RevisionRow = Prisma.DatasetRevisionGetPayload<{ include: typeof revisionInclude }>;

/** Rows of `figureVersion.groupBy({ by: ['validFromRev', 'change'] })`, keyed for lookup. */
export type ChangeCountRow = { validFromRev: number; change: ChangeKind; _count: { _all: number } };

export function toRevisionSummary(row: RevisionRow, counts: readonly ChangeCountRow[]): RevisionSummary {
  const count = (change: ChangeKind) =>
    counts.find((c) => c.validFromRev === row.id && c.change === change)?._count._all ?? 0;
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    author: row.author,
    reason: row.reason,
    source: row.source,
    changes: {
      figuresCreated: count('created'),
      figuresCorrected: count('corrected'),
      figuresRetired: count('retired'),
      seriesCreated: row._count.seriesCreated,
    },
  };
}
