import Link from 'next/link';
import { ClaimantCitation } from '@/components/claimant-citation';
import { FigureHistoryLink } from '@/components/figure-history-link';
import { QuoteAndNote } from '@/components/quote-and-note';
import type { ExplorerMode, ExplorerPanel } from '@/lib/figures/explorer-series';
import { formatPartialDate, formatPeriod } from '@/lib/figures/period';
import { describeValue, QUALIFIER_LABELS } from '@/lib/figures/wording';
import { ClaimantSwatch } from './claimant-swatch';
import { SourceLink } from './source-link';

export interface ExplorerTableProps {
  panels: ExplorerPanel[];
  mode: ExplorerMode;
}

/** Cell padding set once on the table rather than on each of a thousand rows' cells. */
const cells = '[&_td]:px-3 [&_td]:py-2.5 [&_td]:align-top [&_th]:px-3 [&_th]:py-2.5 [&_th]:align-top';

/**
 * The table view: exactly what the chart view shows, one table per series (values in different units
 * never share a column), every figure with its full citation, including those the chart could not
 * draw and the repeats it folds away, each saying why. Each table scrolls inside its own focusable
 * box on a phone rather than widening the page.
 */
export function ExplorerTable({ panels, mode }: ExplorerTableProps) {
  return (
    <div className="space-y-8">
      {panels.map((panel) => {
        const captionId = `table-${panel.series.slug}-caption`;
        return (
          <section key={panel.series.slug} data-testid="explorer-table" data-series={panel.series.slug}>
            <div
              role="region"
              aria-labelledby={captionId}
              tabIndex={0}
              className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <table className={`w-full min-w-[60rem] border-collapse text-left text-sm ${cells}`}>
                <caption id={captionId} className="px-3 pt-3 pb-2 text-left">
                  <Link
                    href={`/series/${panel.series.slug}`}
                    className="font-semibold text-zinc-950 underline-offset-2 hover:underline dark:text-white"
                  >
                    {panel.series.title}
                  </Link>
                  <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">
                    {panel.rows.length} {panel.rows.length === 1 ? 'figure' : 'figures'} in view, in {panel.series.unit}
                    {mode === 'indexed' ? ', with each source’s index (100 = its first stated value in the range)' : ''}
                  </span>
                </caption>
                <thead className="border-y border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
                  <tr>
                    <th scope="col" className="min-w-[9rem]">
                      Value ({panel.series.unit})
                    </th>
                    {mode === 'indexed' ? (
                      <th scope="col" className="min-w-[8rem]">
                        Index
                      </th>
                    ) : null}
                    <th scope="col" className="min-w-[10rem]">
                      Date
                    </th>
                    <th scope="col" className="min-w-[11rem]">
                      Claimant
                    </th>
                    <th scope="col" className="min-w-[9rem]">
                      Published by
                    </th>
                    <th scope="col" className="min-w-[14rem]">
                      Quote and note
                    </th>
                    <th scope="col">
                      Versions
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                  {panel.rows.map((row) => {
                    const { figure } = row;
                    return (
                      <tr key={figure.versionId} data-testid="explorer-row" data-drawn={row.drawn ? 'yes' : 'no'}>
                        <th scope="row" className="font-semibold text-zinc-950 dark:text-white">
                          {describeValue(figure)}
                          <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400">{QUALIFIER_LABELS[figure.qualifier]}</span>
                          {row.repeatOf ? (
                            <span className="mt-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
                              Repeat
                            </span>
                          ) : null}
                        </th>
                        {mode === 'indexed' ? <td>{row.indexed ?? '—'}</td> : null}
                        <td>
                          {formatPeriod(figure.periodStart, figure.periodEnd, panel.series.kind)}
                          <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                            {row.repeatOf
                              ? `not drawn: repeats the report by ${row.repeatOf.publisher.name}${row.repeatOf.publishedOn ? `, ${formatPartialDate(row.repeatOf.publishedOn)}` : ''}`
                              : row.placement}
                          </span>
                        </td>
                        <td>
                          <span className="flex items-start gap-1.5">
                            <span className="pt-0.5">
                              <ClaimantSwatch shape={row.style.shape} colorIndex={row.style.colorIndex} />
                            </span>
                            <span>
                              <ClaimantCitation figure={figure} />
                            </span>
                          </span>
                        </td>
                        <td>
                          <SourceLink url={figure.url}>{figure.publisher.name}</SourceLink>
                          <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                            {figure.publishedOn ? formatPartialDate(figure.publishedOn) : 'date not given'}
                            {figure.url ? '' : ' · no link given'}
                          </span>
                          {figure.publicationTitle ? (
                            <span className="block text-xs text-zinc-600 dark:text-zinc-400">{figure.publicationTitle}</span>
                          ) : null}
                        </td>
                        <td>
                          <QuoteAndNote figure={figure} />
                        </td>
                        <td className="whitespace-nowrap">
                          <FigureHistoryLink figure={figure} />
                        </td>
                      </tr>
                    );
                  })}
                  {panel.rows.length === 0 ? (
                    <tr>
                      <td colSpan={mode === 'indexed' ? 7 : 6} className="text-center text-zinc-600 dark:text-zinc-400">
                        No figure of this series falls in the chosen range.
                      </td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
            <p data-testid="source-line" className="mt-2 text-xs leading-relaxed text-zinc-600 dark:text-zinc-400">
              {panel.sourceLine}
            </p>
          </section>
        );
      })}
    </div>
  );
}
