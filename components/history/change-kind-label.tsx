import type { ChangeKind } from '@/lib/figures/types';

export interface ChangeKindLabelProps {
  change: ChangeKind;
  /** A correction of a retired version brings the figure back, and says so. */
  restores?: boolean;
}

const STYLES: Record<ChangeKind, string> = {
  created: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200',
  corrected: 'bg-sky-100 text-sky-900 dark:bg-sky-900/40 dark:text-sky-200',
  retired: 'bg-zinc-200 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100',
};

const LABELS: Record<ChangeKind, string> = { created: 'Created', corrected: 'Corrected', retired: 'Retired' };

/** What a version did to its figure: created it, corrected it, or retired (withdrew) it. */
export function ChangeKindLabel({ change, restores = false }: ChangeKindLabelProps) {
  return (
    <span data-testid="change-kind" className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${STYLES[change]}`}>
      {LABELS[change]}
      {restores ? ' (restored)' : ''}
    </span>
  );
}
