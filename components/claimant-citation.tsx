import Link from 'next/link';
import type { FigureView } from '@/lib/figures/types';
import { describeClaimant } from '@/lib/figures/wording';

/** Who made a claim, in a citation cell: the claimant's page, its organisation and the channel it came through. */
export function ClaimantCitation({ figure }: { figure: Pick<FigureView, 'claimant' | 'via'> }) {
  return (
    <>
      <Link
        href={`/sources/claimants/${figure.claimant.id}`}
        className="font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
      >
        {figure.claimant.name}
      </Link>
      {describeClaimant(figure.claimant) !== figure.claimant.name ? (
        <span className="block text-xs text-zinc-600 dark:text-zinc-400">{figure.claimant.organization}</span>
      ) : null}
      {figure.via ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">via {figure.via}</span> : null}
    </>
  );
}
