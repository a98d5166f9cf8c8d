import type { ChartPoint } from '@/lib/figures/chart-data';

function repeatedWords(outlets: string[]): string {
  return `Repeated later by ${outlets.join(', ')} (same claim, not a confirmation)`;
}

/** A figure in words: value (and index), period, who said it, who published it, who repeated it. */
export function PointTooltipCard({ point }: { point: ChartPoint }) {
  const { tooltip } = point;
  return (
    <div className="max-w-72 rounded-md border border-zinc-300 bg-white px-3 py-2 text-xs leading-snug text-zinc-800 shadow-lg dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100">
      {point.indexText ? <p className="text-sm font-semibold">Index {point.indexText}</p> : null}
      <p className={point.indexText ? '' : 'text-sm font-semibold'}>{tooltip.value}</p>
      <p>{tooltip.period}</p>
      <p className="mt-1">per {tooltip.claimant}</p>
      <p>
        reported by {tooltip.publisher}, {tooltip.published}
      </p>
      {point.repeatedBy ? <p className="mt-1">{repeatedWords(point.repeatedBy)}</p> : null}
      {tooltip.placement ? <p className="mt-1 italic text-zinc-600 dark:text-zinc-400">{tooltip.placement}</p> : null}
    </div>
  );
}

/** The same words on one line, for the point's accessible name. */
export function pointDescription(point: ChartPoint): string {
  const { tooltip } = point;
  return [
    point.indexText ? `Index ${point.indexText}, ` : '',
    `${tooltip.value}, ${tooltip.period}, per ${tooltip.claimant}, reported by ${tooltip.publisher}, ${tooltip.published}.`,
    point.repeatedBy ? ` ${repeatedWords(point.repeatedBy)}.` : '',
    tooltip.placement ? ` ${tooltip.placement}` : '',
  ].join('');
}
