import type { SeriesView } from '@/lib/figures/types';
import type { FigureHistoryEntry } from '@/lib/loaders/figure-history';
import { ChangeKindLabel } from './change-kind-label';
import { RevisionFacts } from './revision-facts';
import { VersionChange } from './version-change';

export interface FigureVersionListProps {
  entries: FigureHistoryEntry[];
  series: Pick<SeriesView, 'unit' | 'kind'>;
  /** The newest version's number, to mark it as the one shown now. */
  latestVersion: number;
}

/** A figure's versions, newest first: who wrote each, when and why, and what it changed. */
export function FigureVersionList({ entries, series, latestVersion }: FigureVersionListProps) {
  return (
    <ol className="space-y-4">
      {entries.map(({ record, previous }) => (
        <li
          key={record.figure.versionId}
          data-testid="figure-version"
          data-version={record.figure.version}
          className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-zinc-950 dark:text-white">
            Version {record.figure.version}
            <ChangeKindLabel change={record.change} restores={record.change === 'corrected' && previous?.change === 'retired'} />
            {record.figure.version === latestVersion ? (
              <span className="text-xs font-normal text-zinc-600 dark:text-zinc-400">newest</span>
            ) : null}
          </h3>
          <RevisionFacts revision={record.revision} />
          <VersionChange
            change={record.change}
            figure={record.figure}
            previous={previous?.figure ?? null}
            previousRetired={previous?.change === 'retired'}
            series={series}
          />
        </li>
      ))}
    </ol>
  );
}
