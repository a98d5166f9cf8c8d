import type { ExplorerPanel } from '@/lib/figures/explorer-series';
import { describeQuantity } from '@/lib/figures/wording';
import { ClaimantSwatch } from './claimant-swatch';

export interface ChangeTableProps {
  panels: ExplorerPanel[];
  /** "Oct 2024 – Dec 2025", or "all dates". */
  rangeText: string;
}

const cell = 'px-3 py-2.5 align-top';

/**
 * Change mode: for each series and each source, the change from its first to its last figure in the
 * range, in numbers and percent, saying when the qualifiers make it imprecise. Sources are never
 * subtracted from each other.
 */
export function ChangeTable({ panels, rangeText }: ChangeTableProps) {
  return (
    <section aria-labelledby="change-heading" data-testid="change-table" className="space-y-6">
      <div>
        <h2 id="change-heading" className="text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
          Change within each source, {rangeText}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
          From each source’s first figure in the range to its last. Estimates by different sources are never subtracted from
          each other. Where a figure is “about”, “more than” or “up to”, the change carries that through and says it is not
          exact.
        </p>
      </div>
      {panels.map((panel) => {
        const captionId = `change-${panel.series.slug}-caption`;
        return (
          <div
            key={panel.series.slug}
            role="region"
            aria-labelledby={captionId}
            tabIndex={0}
            data-series={panel.series.slug}
            className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <table className="w-full min-w-[52rem] border-collapse text-left text-sm">
              <caption id={captionId} className="px-3 pt-3 pb-2 text-left font-semibold text-zinc-950 dark:text-white">
                {panel.series.title} <span className="font-normal text-zinc-600 dark:text-zinc-400">(in {panel.series.unit})</span>
              </caption>
              <thead className="border-y border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
                <tr>
                  <th scope="col" className={cell}>
                    Source
                  </th>
                  <th scope="col" className={cell}>
                    From
                  </th>
                  <th scope="col" className={cell}>
                    To
                  </th>
                  <th scope="col" className={cell}>
                    Change
                  </th>
                  <th scope="col" className={cell}>
                    In percent
                  </th>
                  <th scope="col" className={`${cell} min-w-[14rem]`}>
                    How exact
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {panel.changes.map((row) => (
                  <tr key={row.key} data-testid="change-row">
                    <th scope="row" className={`${cell} font-medium`}>
                      <span className="flex items-start gap-1.5">
                        <span className="pt-0.5">
                          <ClaimantSwatch shape={row.style.shape} colorIndex={row.style.colorIndex} />
                        </span>
                        {row.style.label}
                      </span>
                    </th>
                    <td className={cell}>
                      {row.start ? describeQuantity(row.start, panel.series.unit) : '—'}
                      {row.startDate ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{row.startDate}</span> : null}
                    </td>
                    <td className={cell}>
                      {row.end ? describeQuantity(row.end, panel.series.unit) : '—'}
                      {row.endDate ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">{row.endDate}</span> : null}
                    </td>
                    {row.change ? (
                      <>
                        <td className={`${cell} font-semibold`}>{row.change.absoluteText}</td>
                        <td className={cell}>{row.change.percentText}</td>
                        <td className={`${cell} text-xs`}>
                          {row.change.precision === 'exact' ? (
                            'Exact: both figures are exact.'
                          ) : (
                            <>
                              <span className="font-semibold">Not a precise change:</span> {row.change.caveats.join('; ')}.
                            </>
                          )}
                          {row.note ? <span className="mt-1 block text-amber-800 dark:text-amber-300">{row.note}</span> : null}
                        </td>
                      </>
                    ) : (
                      <td colSpan={3} className={`${cell} text-zinc-600 dark:text-zinc-400`}>
                        No change given: {row.reason}.
                      </td>
                    )}
                  </tr>
                ))}
                {panel.changes.length === 0 ? (
                  <tr>
                    <td colSpan={6} className={`${cell} text-center text-zinc-600 dark:text-zinc-400`}>
                      No figure of this series can be placed in the chosen range.
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
