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

/** The series a list of revisions is limited to, by id; null for every series. */
export type SeriesScope = readonly number[] | null;

/** What to load with a revision for its summary; scoped, it counts the series created among those only. */
export function revisionIncludeFor(scope: SeriesScope) {
  return {
    _count: { select: { seriesCreated: scope === null ? true : { where: { id: { in: [...scope] } } } } },
  } satisfies Prisma.DatasetRevisionInclude;
}

export const revisionInclude = revisionIncludeFor(null);

type RevisionRow = Prisma.DatasetRevisionGetPayload<{ include: typeof revisionInclude }>;

/** The revisions that wrote a figure of, or created, one of the series in scope. */
export function revisionScopeWhere(scope: SeriesScope): Prisma.DatasetRevisionWhereInput {
  if (scope === null) return {};
  const ids = [...scope];
  return { OR: [{ versionsWritten: { some: { seriesId: { in: ids } } } }, { seriesCreated: { some: { id: { in: ids } } } }] };
}

/** The figure versions these revisions wrote, within the series in scope: what their counts add up. */
export function writtenVersionsWhere(revisions: readonly number[], scope: SeriesScope): Prisma.FigureVersionWhereInput {
  return { validFromRev: { in: [...revisions] }, ...(scope === null ? {} : { seriesId: { in: [...scope] } }) };
}

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
