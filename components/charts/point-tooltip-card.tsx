import type { PointTooltip } from '@/lib/figures/chart-data';

/** One figure in words: value, period, who said it, who published it and when. */
export function PointTooltipCard({ tooltip }: { tooltip: PointTooltip }) {
  return (
    <div className="max-w-72 rounded-md border border-zinc-300 bg-white px-3 py-2 text-xs leading-snug text-zinc-800 shadow-lg dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100">
      <p className="text-sm font-semibold">{tooltip.value}</p>
      <p>{tooltip.period}</p>
      <p className="mt-1">per {tooltip.claimant}</p>
      <p>
        reported by {tooltip.publisher}, {tooltip.published}
      </p>
      {tooltip.placement ? <p className="mt-1 italic text-zinc-600 dark:text-zinc-400">{tooltip.placement}</p> : null}
    </div>
  );
}

/** The same words on one line, for a point's accessible name. */
export function pointDescription(tooltip: PointTooltip): string {
  const placement = tooltip.placement ? ` ${tooltip.placement}` : '';
  return `${tooltip.value}, ${tooltip.period}, per ${tooltip.claimant}, reported by ${tooltip.publisher}, ${tooltip.published}.${placement}`;
}
