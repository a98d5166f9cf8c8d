import { FigureHistoryLink } from '@/components/figure-history-link';
import type { ClaimantStyle, ExplorerPanel } from '@/lib/figures/explorer-series';
import { formatPartialDate } from '@/lib/figures/period';
import { describeClaimant, describeQuantity } from '@/lib/figures/wording';
import { ClaimantSwatch } from './claimant-swatch';
import { SourceLink } from './source-link';

const BOUND_QUALIFIERS: ReadonlySet<string> = new Set(['at_least', 'more_than', 'up_to', 'less_than']);

export interface DisagreementLedgerProps {
  panels: ExplorerPanel[];
  claimants: ClaimantStyle[];
}

/**
 * Under the chart: for each series, the periods in which two or more bodies gave estimates, set side
 * by side with their sources. A later report of the same claim is listed under the first as a repeat,
 * so it never reads as a second, independent voice.
 */
export function DisagreementLedger({ panels, claimants }: DisagreementLedgerProps) {
  const styles = new Map(claimants.map((c) => [c.key, c]));
  const withPeriods = panels.filter((panel) => panel.ledger.length > 0);
  return (
    <section aria-labelledby="ledger-heading" data-testid="ledger" className="space-y-5">
      <div>
        <h2 id="ledger-heading" className="text-xl font-bold tracking-tight text-zinc-950 dark:text-white">
          Where sources give competing estimates
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
          Estimates of the same series for the same time by different bodies: running totals and levels dated in the same
          month (or year, when only the year is known), within-period counts for the same period. Nothing is averaged; a
          later report of the same claim is shown as a repeat, not as a confirmation.
        </p>
      </div>
      {withPeriods.length === 0 ? (
        <p className="rounded-md border border-dashed border-zinc-300 px-3 py-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          In this view no two bodies gave figures for the same series and period.
        </p>
      ) : null}
      {withPeriods.map((panel) => (
        <div key={panel.series.slug} data-series={panel.series.slug}>
          <h3 className="text-base font-semibold text-zinc-950 dark:text-white">{panel.series.title}</h3>
          <ol className="mt-2 space-y-3">
            {panel.ledger.map((period) => (
              <li
                key={`${period.start}-${period.end}`}
                data-testid="ledger-period"
                className="rounded-xl border border-zinc-200 bg-white p-3 sm:p-4 dark:border-zinc-800 dark:bg-zinc-900"
              >
                <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
                  <span className="font-semibold">{period.label.charAt(0).toUpperCase() + period.label.slice(1)}</span>
                  <span className="text-zinc-600 dark:text-zinc-400">{period.claimantCount} bodies</span>
                  <span
                    className={
                      period.compatible
                        ? 'rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200'
                        : 'rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200'
                    }
                  >
                    {period.compatible ? 'Compatible: the stated values overlap' : 'Estimates differ'}
                  </span>
                </p>
                <ul className="mt-2 grid gap-3 text-zinc-700 sm:grid-cols-2 lg:grid-cols-3 dark:text-zinc-300">
                  {period.entries.map(({ figure, repeats }) => {
                    const style = styles.get(figure.claimant.organization);
                    return (
                      <li key={figure.figureId} data-testid="ledger-entry" className="min-w-0 border-l-2 border-zinc-200 pl-3 text-xs dark:border-zinc-700">
                        <p className="flex items-center gap-1.5 font-medium">
                          {style ? <ClaimantSwatch shape={style.shape} colorIndex={style.colorIndex} open={BOUND_QUALIFIERS.has(figure.qualifier)} /> : null}
                          {style?.label ?? figure.claimant.organization}
                        </p>
                        <p className="text-sm font-semibold text-zinc-950 dark:text-white">{describeQuantity(figure, panel.series.unit)}</p>
                        <p>
                          {figure.periodEnd ? `as of ${formatPartialDate(figure.periodEnd)}, ` : ''}per {describeClaimant(figure.claimant)}
                          {figure.via ? ` (via ${figure.via})` : ''} · <SourceLink url={figure.url}>{figure.publisher.name}</SourceLink>
                          {figure.publishedOn ? `, ${formatPartialDate(figure.publishedOn)}` : ''}
                        </p>
                        {repeats.length > 0 ? (
                          <p className="mt-1">
                            <b className="font-medium">Repeated by</b>{' '}
                            {repeats.map((repeat, index) => (
                              <span key={repeat.figureId}>
                                {index > 0 ? ', ' : ''}
                                <SourceLink url={repeat.url}>{repeat.publisher.name}</SourceLink>
                                {repeat.publishedOn ? ` (${formatPartialDate(repeat.publishedOn)})` : ''}
                              </span>
                            ))}{' '}
                            (same claim, not a confirmation)
                          </p>
                        ) : null}
                        <p className="mt-1">
                          <FigureHistoryLink figure={figure} showVersions={false} />
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
          {panel.ledgerHidden > 0 ? (
            <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
              {panel.ledgerHidden} earlier {panel.ledgerHidden === 1 ? 'period' : 'periods'} with competing estimates{' '}
              {panel.ledgerHidden === 1 ? 'is' : 'are'} not set out here; narrow the time range to see {panel.ledgerHidden === 1 ? 'it' : 'them'}, or
              open the table view, which lists every figure with its source.
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
