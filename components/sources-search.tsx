import Link from 'next/link';

export interface SourcesSearchProps {
  text: string;
  maxLength: number;
  /** Where "show all" leads while a search is applied; null when none is. */
  clearHref: string | null;
}

/** A plain GET form: it works without JavaScript and its result is a link like any other. */
export function SourcesSearch({ text, maxLength, clearHref }: SourcesSearchProps) {
  return (
    <form action="/sources" method="get" role="search" className="mt-6 flex max-w-xl flex-wrap items-center gap-2">
      <label htmlFor="sources-q" className="sr-only">
        Search claimants and publishers
      </label>
      <input
        id="sources-q"
        name="q"
        type="search"
        defaultValue={text}
        maxLength={maxLength}
        placeholder="Search claimants and publishers"
        className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      />
      <button type="submit" className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
        Search
      </button>
      {clearHref ? (
        <Link href={clearHref} className="text-sm font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
          Show all
        </Link>
      ) : null}
    </form>
  );
}
