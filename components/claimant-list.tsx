import Link from 'next/link';
import type { ClaimantListItem } from '@/lib/queries/list-claimants';
import { groupLabel } from '@/lib/figures/chart-data';

export interface ClaimantListProps {
  claimants: ClaimantListItem[];
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'figure' : 'figures'}`;
}

/** Claimants under the body each speaks for, the way competing estimates are grouped on charts. */
export function ClaimantList({ claimants }: ClaimantListProps) {
  const organizations = [...new Set(claimants.map((c) => c.organization))];
  return (
    <div className="space-y-5">
      {organizations.map((organization) => {
        const members = claimants.filter((c) => c.organization === organization);
        const total = members.reduce((sum, c) => sum + c.figureCount, 0);
        return (
          <section key={organization} aria-label={groupLabel(organization)} data-testid="claimant-organization">
            <h3 className="flex items-baseline justify-between gap-3 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
              <span>{groupLabel(organization)}</span>
              <span className="shrink-0 text-xs font-normal text-zinc-600 dark:text-zinc-400">{count(total)}</span>
            </h3>
            <ul className="mt-1.5 divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
              {members.map((claimant) => (
                <li key={claimant.id} data-testid="claimant" className="flex items-baseline justify-between gap-3 px-3 py-2">
                  <Link
                    href={`/sources/claimants/${claimant.id}`}
                    className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
                  >
                    {claimant.name}
                  </Link>
                  <span data-testid="figure-count" className="shrink-0 text-sm text-zinc-600 tabular-nums dark:text-zinc-400">
                    {claimant.figureCount === 0 ? 'no current figures' : count(claimant.figureCount)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
