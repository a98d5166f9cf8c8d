// What a figure's page (/figures/<id>) shows: the figure as it is now (or as it was when retired),
// its series, and its versions newest first, each with the revision that wrote it and the version
// it replaced, for the diff. A figure edited very many times shows its versions a page at a time
// (before=<version>: the versions older than that one). Wrapped in React's cache, so the page and
// its metadata share one read.
import { cache } from 'react';
import type { SeriesView } from '@/lib/figures/types';
import { listFigureVersions, type FigureVersionRecord } from '@/lib/queries/list-figure-versions';
import { parseRecordId } from '@/lib/queries/parse-record-id';

export const HISTORY_PAGE_SIZE = 50;

export interface FigureHistoryEntry {
  record: FigureVersionRecord;
  /** The version this one replaced; null for the first. */
  previous: FigureVersionRecord | null;
}

export interface FigureHistoryView {
  figureId: number;
  series: SeriesView;
  /** The newest version: what the figure says now, or said when it was retired. */
  latest: FigureVersionRecord;
  /** How many versions the figure has. */
  total: number;
  /** The versions on this page, newest first. */
  entries: FigureHistoryEntry[];
  /** The before= of the page of older versions; null when the oldest is shown. */
  olderBefore: number | null;
  /** Whether this page starts from the newest version. */
  showsNewest: boolean;
  notices: string[];
}

function parseBefore(text: string | null): { before: number | null; notice: string | null } {
  if (text === null) return { before: null, notice: null };
  const value = Number(text);
  if (/^\d{1,10}$/.test(text) && value >= 2) return { before: value, notice: null };
  return { before: null, notice: `Ignored before="${text.slice(0, 40)}": it names the version to list older ones than, a whole number from 2.` };
}

/** Null for a malformed or unknown figure id. */
export const loadFigureHistory = cache(async (idParam: string, beforeParam: string | null): Promise<FigureHistoryView | null> => {
  const figureId = parseRecordId(idParam);
  if (figureId === null) return null;
  const { before, notice } = parseBefore(beforeParam);
  const list = await listFigureVersions(figureId, { before, limit: HISTORY_PAGE_SIZE });
  if (!list) return null;
  const notices = notice ? [notice] : [];
  const latest = list.versions[0];
  const total = latest.figure.version;
  let candidates = list.versions;
  const older = before === null ? [] : list.versions.filter((v) => v.figure.version < before);
  if (before !== null && before <= total && older.length > 0) {
    candidates = older;
  } else if (before !== null) {
    notices.push(`Ignored before=${before}: this figure has ${total} ${total === 1 ? 'version' : 'versions'}; showing the newest.`);
  }
  const shown = candidates.slice(0, HISTORY_PAGE_SIZE);
  const oldest = shown[shown.length - 1].figure.version;
  return {
    figureId,
    series: list.series,
    latest,
    total,
    entries: shown.map((record, i) => ({ record, previous: candidates[i + 1] ?? null })),
    olderBefore: oldest > 1 ? oldest : null,
    showsNewest: shown[0].figure.version === total,
    notices,
  };
});
