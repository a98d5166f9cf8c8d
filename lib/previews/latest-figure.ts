import type { FigureView } from '@/lib/figures/types';

/**
 * The figure a preview leads with: the latest "as of" or end date, then the latest publication, then
 * the newest record; the dashboard's headline order (lib/queries/get-headline-data.ts). Figures without
 * a date come last, so an undated claim never heads the preview while a dated one exists.
 */
export function latestFigure(figures: readonly FigureView[]): FigureView | null {
  const key = (figure: FigureView) => [figure.periodEnd?.date ?? '', figure.publishedOn?.date ?? '', figure.figureId] as const;
  let best: FigureView | null = null;
  for (const figure of figures) {
    if (best === null) {
      best = figure;
      continue;
    }
    const [end, published, id] = key(figure);
    const [bestEnd, bestPublished, bestId] = key(best);
    if (end !== bestEnd ? end > bestEnd : published !== bestPublished ? published > bestPublished : id > bestId) best = figure;
  }
  return best;
}
