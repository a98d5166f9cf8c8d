import { describeFigure, describeQuantity } from '@/lib/figures/wording';
import type { FigureView, SeriesView } from '@/lib/figures/types';

export interface HeadlineFigureProps {
  figure: FigureView;
  series: Pick<SeriesView, 'unit' | 'kind'>;
}

/**
 * The latest figure as one honest sentence, its quantity set large. The text reads as exactly the
 * sentence describeFigure writes, so a copied or read-aloud headline loses no qualifier or source.
 */
export function HeadlineFigure({ figure, series }: HeadlineFigureProps) {
  const sentence = describeFigure(figure, series);
  const quantity = describeQuantity(figure, series.unit);
  const rest = sentence.startsWith(quantity) ? sentence.slice(quantity.length) : null;
  return (
    <p data-testid="headline" className="text-sm leading-snug text-zinc-700 dark:text-zinc-300">
      {rest === null ? (
        sentence
      ) : (
        <>
          <strong className="block text-2xl font-bold tracking-tight text-zinc-950 sm:text-3xl dark:text-white">
            {quantity}
          </strong>
          {rest}
        </>
      )}
    </p>
  );
}
