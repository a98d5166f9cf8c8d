import Link from 'next/link';
import type { SeriesFigure } from '@/lib/queries/figure-rows';
import { FiguresTable } from './figures-table';

export interface SourceFiguresProps {
  figures: SeriesFigure[];
  /** A series' page, as of the revision these figures are. */
  seriesHref: (slug: string) => string;
  /** Whether these are one page of more: a series may then go on over the next page. */
  paged: boolean;
}

/** One source's figures, a table per series, since values in different units do not share a column. */
export function SourceFigures({ figures, seriesHref, paged }: SourceFiguresProps) {
  const slugs = [...new Set(figures.map((f) => f.series.slug))];
  return (
    <div className="space-y-10">
      {slugs.map((slug) => {
        const rows = figures.filter((f) => f.series.slug === slug);
        const series = rows[0].series;
        return (
          <section key={slug} aria-labelledby={`series-${slug}`}>
            <h2 id={`series-${slug}`} className="text-lg font-semibold tracking-tight text-zinc-950 dark:text-white">
              <Link href={seriesHref(slug)} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                {series.title}
              </Link>
            </h2>
            <p className="mt-0.5 mb-3 text-sm text-zinc-600 dark:text-zinc-400">{series.description}</p>
            <FiguresTable
              series={series}
              figures={rows.map((row) => row.figure)}
              caption={`${rows.length} ${rows.length === 1 ? 'figure' : 'figures'} in “${series.title}”${paged ? ' on this page' : ''}`}
            />
          </section>
        );
      })}
    </div>
  );
}
