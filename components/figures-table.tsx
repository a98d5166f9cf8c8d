import { ClaimantCitation } from '@/components/claimant-citation';
import { FigureHistoryLink } from '@/components/figure-history-link';
import { QuoteAndNote } from '@/components/quote-and-note';
import { SourceLink, webUrl } from '@/components/explorer/source-link';
import { formatPartialDate, formatPeriod } from '@/lib/figures/period';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { describeValue, QUALIFIER_LABELS, QUALIFIER_SYMBOLS } from '@/lib/figures/wording';

export interface FiguresTableProps {
  series: Pick<SeriesView, 'unit' | 'kind' | 'slug'>;
  figures: FigureView[];
  caption: React.ReactNode;
}

/**
 * Every cell's padding and alignment, set once on the table rather than on each of its hundreds of
 * cells, where it came to 40 kB of a series page's 650 (written out in the HTML and again in the
 * page's RSC payload).
 */
const cells = '[&_td]:px-3 [&_td]:py-2.5 [&_td]:align-top [&_th]:px-3 [&_th]:py-2.5 [&_th]:align-top';

/**
 * Every figure with its full citation. On a phone the table scrolls inside its own box (which can be
 * focused and scrolled from the keyboard) rather than widening the page.
 */
export function FiguresTable({ series, figures, caption }: FiguresTableProps) {
  const captionId = `figures-${series.slug}-caption`;
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      // relative: screen-reader-only text is absolutely positioned, and must be clipped by this box
      // rather than widen the page.
      className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <table data-testid="figures-table" className={`w-full min-w-[64rem] border-collapse text-left text-sm ${cells}`}>
        <caption id={captionId} className="px-3 pt-3 pb-2 text-left text-sm font-medium text-zinc-700 dark:text-zinc-300">
          {caption}
        </caption>
        <thead className="border-y border-zinc-200 bg-zinc-50 text-xs uppercase tracking-wide text-zinc-600 dark:border-zinc-800 dark:bg-zinc-950 dark:text-zinc-400">
          <tr>
            <th scope="col">
              Value ({series.unit})
            </th>
            <th scope="col">
              Qualifier
            </th>
            <th scope="col" className="min-w-[8rem]">
              Period
            </th>
            <th scope="col" className="min-w-[10rem]">
              Claimant
            </th>
            <th scope="col" className="min-w-[8rem]">
              Publisher
            </th>
            <th scope="col">
              Published
            </th>
            <th scope="col" className="min-w-[15rem]">
              Quote and note
            </th>
            <th scope="col">
              Versions
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {figures.map((figure) => {
            const href = webUrl(figure.url);
            return (
              <tr key={figure.versionId} id={`figure-${figure.figureId}`} data-testid="figure-row">
                <th scope="row" className="min-w-[8rem] font-semibold text-zinc-950 dark:text-white">
                  {describeValue(figure)}
                </th>
                <td className="whitespace-nowrap">
                  {QUALIFIER_SYMBOLS[figure.qualifier] ? (
                    <span aria-hidden="true" className="mr-1 font-mono">
                      {QUALIFIER_SYMBOLS[figure.qualifier]}
                    </span>
                  ) : null}
                  {QUALIFIER_LABELS[figure.qualifier]}
                </td>
                <td>{formatPeriod(figure.periodStart, figure.periodEnd, series.kind)}</td>
                <td>
                  <ClaimantCitation figure={figure} />
                </td>
                <td>
                  <SourceLink url={figure.url}>{figure.publisher.name}</SourceLink>
                  {figure.publicationTitle ? (
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">{figure.publicationTitle}</span>
                  ) : null}
                  {!href ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">no link given</span> : null}
                </td>
                <td className="whitespace-nowrap">
                  {figure.publishedOn ? formatPartialDate(figure.publishedOn) : 'not given'}
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
        </tbody>
      </table>
    </div>
  );
}
