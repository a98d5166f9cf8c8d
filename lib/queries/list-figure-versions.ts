import type { ChangeKind } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { figureVersionInclude, toFigureView, toSeriesView } from './figure-rows';
import type { RevisionNote } from './list-revisions-after';

export interface FigureVersionRecord {
  change: ChangeKind;
  /** The version's content; a retired version keeps the content the figure had when withdrawn. */
  figure: FigureView;
  /** The revision that wrote it. */
  revision: RevisionNote;
  /** The revision that wrote the next version; null for the newest. */
  supersededIn: number | null;
}

export interface FigureVersionList {
  series: SeriesView;
  /** Newest first: the newest version, then up to `limit + 1` versions older than `before`. */
  versions: FigureVersionRecord[];
}

export interface FigureVersionWindow {
  /** Versions older than this one; null starts from the newest. */
  before: number | null;
  limit: number;
}

/**
 * One figure's versions, newest first, with the revision (author, reason, time) that wrote each: the
 * newest always, so the page knows what the figure is now and how many versions it has, and a window
 * of older ones with one more than asked for, the version the oldest shown replaced. Null when there
 * is no such figure. One findMany, whatever the number of versions.
 */
export async function listFigureVersions(figureId: number, { before, limit }: FigureVersionWindow): Promise<FigureVersionList | null> {
  const rows = await getPrisma().figureVersion.findMany({
    // The newest version is the one no revision has superseded, retired or not.
    where: before === null ? { figureId } : { figureId, OR: [{ validToRev: null }, { version: { lt: before } }] },
    include: { ...figureVersionInclude, series: true, writtenIn: { select: { id: true, createdAt: true, author: true, reason: true } } },
    orderBy: { version: 'desc' },
    take: limit + 2,
  });
  if (rows.length === 0) return null;
  return {
    series: toSeriesView(rows[0].series),
    versions: rows.map((row) => ({ change: row.change, figure: toFigureView(row), revision: row.writtenIn, supersededIn: row.validToRev })),
  };
}
