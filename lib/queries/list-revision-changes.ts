import type { ChangeKind } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import type { FigureView } from '@/lib/figures/types';
import { figureVersionInclude, toFigureView } from './figure-rows';
import { writtenVersionsWhere, type SeriesScope } from './revision-rows';

export interface RevisionChange {
  change: ChangeKind;
  /** The version the revision wrote. For a retired figure, its content as it was when withdrawn. */
  figure: FigureView;
  /** The version it replaced: null for a created figure. */
  previous: FigureView | null;
}

export interface RevisionChangeList {
  changes: RevisionChange[];
  total: number;
}

/**
 * The figure versions a revision wrote, series by series, each with the version it replaced; scoped,
 * those of some series only.
 */
export async function listRevisionChanges(
  revision: number,
  page: { limit: number; offset: number },
  scope: SeriesScope = null,
): Promise<RevisionChangeList> {
  const prisma = getPrisma();
  const where = writtenVersionsWhere([revision], scope);
  const [rows, total] = await Promise.all([
    prisma.figureVersion.findMany({
      where,
      include: figureVersionInclude,
      orderBy: [{ seriesId: 'asc' }, { figureId: 'asc' }],
      take: page.limit,
      skip: page.offset,
    }),
    prisma.figureVersion.count({ where }),
  ]);
  // A version superseded in this revision is exactly the one a correction or retirement replaced.
  const replaced = await prisma.figureVersion.findMany({
    where: { validToRev: revision, figureId: { in: rows.map((row) => row.figureId) } },
    include: figureVersionInclude,
  });
  const previousByFigure = new Map(replaced.map((row) => [row.figureId, toFigureView(row)]));
  return {
    changes: rows.map((row) => ({
      change: row.change,
      figure: toFigureView(row),
      previous: previousByFigure.get(row.figureId) ?? null,
    })),
    total,
  };
}
