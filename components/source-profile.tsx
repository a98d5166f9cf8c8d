import Link from 'next/link';
import type { SeriesFigure } from '@/lib/queries/figure-rows';
import { EmptyState } from './empty-state';
import { SourceFigures } from './source-figures';

export interface SourceProfileProps {
  kind: 'Claimant' | 'Publisher';
  name: string;
  /** A line under the name: the body a claimant speaks for. */
  detail?: string | null;
  /** The source's current figures, or the first of them when it has very many. */
  figures: SeriesFigure[];
  /** How many current figures it has. */
  total: number;
  /** What the figures are, after their count: "as stated and as published". */
  countNote: string;
}

/** A claimant's or a publisher's page: who it is, and every current figure it gave or published. */
const COUNT = new Intl.NumberFormat('en-GB');

export function SourceProfile({ kind, name, detail = null, figures, total, countNote }: SourceProfileProps) {
  const count = total;
  return (
    <article>
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/sources" className="underline-offset-2 hover:underline">
          Sources
        </Link>
        <span aria-hidden="true"> / </span>
        <span>{`${kind}s`}</span>
      </nav>
      <p className="mt-3 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{kind}</p>
      <h1 className="text-2xl font-bold tracking-tight break-words text-zinc-950 sm:text-3xl dark:text-white">{name}</h1>
      {detail ? <p className="mt-1 text-zinc-700 dark:text-zinc-300">{detail}</p> : null}
      <p className="mt-2 mb-8 text-sm text-zinc-600 dark:text-zinc-400">
        {count === 0 ? 'No current figures.' : `${COUNT.format(count)} current ${count === 1 ? 'figure' : 'figures'}${countNote}.`}
        {count > figures.length
          ? ` This page lists the first ${COUNT.format(figures.length)}, by series; the data API lists them all.`
          : null}
      </p>
      {count === 0 ? (
        <EmptyState title="No current figures">
          <p>Figures from this {kind.toLowerCase()} have been withdrawn or corrected away.</p>
        </EmptyState>
      ) : (
        <SourceFigures figures={figures} />
      )}
    </article>
  );
}
