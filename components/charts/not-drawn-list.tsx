import type { NotDrawnGroup } from '@/lib/figures/chart-data';

export interface NotDrawnListProps {
  groups: NotDrawnGroup[];
}

/** Figures the chart cannot place in time, listed under it so that none disappears unseen. */
export function NotDrawnList({ groups }: NotDrawnListProps) {
  if (groups.length === 0) return null;
  return (
    <div data-testid="not-drawn" className="mt-3 space-y-2 text-xs text-zinc-700 dark:text-zinc-300">
      {groups.map((group) => (
        <div key={group.reason}>
          <p className="font-semibold">
            Not drawn: {group.reason} ({group.figures.length})
          </p>
          <ul className="mt-0.5 list-disc space-y-0.5 pl-4">
            {group.figures.map((figure) => (
              <li key={figure.id}>{figure.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
