import { describeFigureFields, diffFigureVersions } from '@/lib/figures/figure-diff';
import type { ChangeKind, FigureView, SeriesView } from '@/lib/figures/types';
import { describeFigure } from '@/lib/figures/wording';
import { FigureDiffTable } from './figure-diff-table';
import { FigureFieldsTable } from './figure-fields-table';

export interface VersionChangeProps {
  change: ChangeKind;
  figure: FigureView;
  /** The version it replaced; null for a created figure. */
  previous: FigureView | null;
  /** Whether the version it replaced was a retirement, so that this one brings the figure back. */
  previousRetired?: boolean;
  series: Pick<SeriesView, 'unit' | 'kind'>;
  /** A created figure in one sentence rather than field by field, for long lists of them. */
  brief?: boolean;
}

const note = 'text-sm text-zinc-700 dark:text-zinc-300';

/** What one version did to its figure: all it stated when created, else the fields it changed. */
export function VersionChange({ change, figure, previous, previousRetired = false, series, brief = false }: VersionChangeProps) {
  if (!previous) {
    if (brief) return <p className={note}>{describeFigure(figure, series)}</p>;
    return <FigureFieldsTable fields={describeFigureFields(figure, series)} caption={`Version ${figure.version} as first recorded`} />;
  }
  const changes = diffFigureVersions(previous, figure, series);
  return (
    <div className="space-y-2">
      {change === 'retired' ? (
        <p className={note}>Withdrawn from the data: no longer shown in the latest figures. It stated: {describeFigure(previous, series)}.</p>
      ) : null}
      {change === 'corrected' && previousRetired ? <p className={note}>Brought back into the data after it had been retired.</p> : null}
      {changes.length > 0 ? (
        <FigureDiffTable
          changes={changes}
          caption={`What version ${figure.version} changed against version ${previous.version}`}
          beforeLabel={`Before (version ${previous.version})`}
          afterLabel={`After (version ${figure.version})`}
        />
      ) : change === 'corrected' ? (
        <p className={note}>States the same as version {previous.version}.</p>
      ) : null}
    </div>
  );
}
