import Link from 'next/link';

export interface PageLinksProps {
  /** What the pages are of, for the navigation's name: "Pages of the corrections log". */
  label: string;
  page: number;
  pages: number;
  /** The address of page n. */
  hrefOf: (page: number) => string;
  /** The words for the direction of earlier pages: newer entries come first. */
  previousLabel?: string;
  nextLabel?: string;
}

const linkClass =
  'rounded-md border border-zinc-300 bg-white px-3 py-1.5 font-medium text-sky-800 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-sky-300 dark:hover:bg-zinc-800';

/** Previous and next links and where the reader is, for a list read a page at a time. */
export function PageLinks({ label, page, pages, hrefOf, previousLabel = 'Newer', nextLabel = 'Older' }: PageLinksProps) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>
          {previousLabel}
        </Link>
      ) : null}
      <span data-testid="page-position" className="text-zinc-600 dark:text-zinc-400">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} rel="next" className={linkClass}>
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
