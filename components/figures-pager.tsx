import Link from 'next/link';

export interface FiguresPagerProps {
  page: number;
  pages: number;
  /** The address of a page of the table. */
  hrefOf: (page: number) => string;
  /** What the pages are of, for screen readers. */
  label?: string;
}

const link =
  'rounded-md border border-zinc-300 px-3 py-1.5 font-medium text-zinc-800 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';

/** Previous and next pages of a long list (figures, series, sources); nothing when it fits on one page. */
export function FiguresPager({ page, pages, hrefOf, label = 'Pages of figures' }: FiguresPagerProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} data-testid="figures-pager" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} rel="prev" className={link}>
          Previous page
        </Link>
      ) : null}
      <span aria-current="page" className="text-zinc-700 dark:text-zinc-300">
        {`Page ${page} of ${pages}`}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} rel="next" className={link}>
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
