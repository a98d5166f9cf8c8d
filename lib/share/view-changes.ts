// What a reader of a pinned view would see differently in the latest data: figures added since, corrected
// since (a new version of the same claim), and withdrawn since. The same rule as countChangedSince
// (lib/queries/count-changed-since.ts): a figure counts once when the version shown differs.
import type { FigureView } from '@/lib/figures/types';

export type ViewChangeKind = 'added' | 'corrected' | 'withdrawn';

export interface ViewChange {
  figureId: number;
  seriesSlug: string;
  kind: ViewChangeKind;
  /** As the pinned view shows it; null for a figure added since. */
  before: FigureView | null;
  /** As the latest data shows it; null for a figure withdrawn since. */
  after: FigureView | null;
}

/** The figures whose shown version differs, in the order of the latest data, then those withdrawn. */
export function diffFigures(before: readonly FigureView[], after: readonly FigureView[]): ViewChange[] {
  const old = new Map(before.map((figure) => [figure.figureId, figure]));
  const current = new Set(after.map((figure) => figure.figureId));
  const changes: ViewChange[] = [];
  for (const figure of after) {
    const previous = old.get(figure.figureId) ?? null;
    if (previous?.versionId === figure.versionId) continue;
    changes.push({ figureId: figure.figureId, seriesSlug: figure.seriesSlug, kind: previous ? 'corrected' : 'added', before: previous, after: figure });
  }
  for (const figure of before) {
    if (!current.has(figure.figureId)) {
      changes.push({ figureId: figure.figureId, seriesSlug: figure.seriesSlug, kind: 'withdrawn', before: figure, after: null });
    }
  }
  return changes;
}
