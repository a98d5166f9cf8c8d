import Link from 'next/link';

export interface ExplorerIntroProps {
  examples: { label: string; description: string; href: string }[];
}

/** What the explorer shows before any series is chosen: what it is for, and comparisons to start from. */
export function ExplorerIntro({ examples }: ExplorerIntroProps) {
  return (
    <section
      aria-labelledby="explorer-intro-heading"
      data-testid="explorer-intro"
      className="rounded-xl border border-dashed border-zinc-300 bg-white px-4 py-6 dark:border-zinc-700 dark:bg-zinc-900"
    >
      <h2 id="explorer-intro-heading" className="text-lg font-semibold text-zinc-950 dark:text-white">
        Choose series to compare
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
        Pick any number of series above, or start from one of these comparisons. Each series gets its own panel; every
        figure keeps its qualifier, its date at the precision it was given and its source.
      </p>
      {examples.length > 0 ? (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {examples.map((example) => (
            <li key={example.href}>
              <Link
                href={example.href}
                className="block rounded-lg border border-zinc-200 px-3 py-2 hover:border-sky-700 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-800 dark:hover:border-sky-400 dark:hover:bg-sky-950/40"
              >
                <span className="font-medium text-sky-800 dark:text-sky-300">{example.label}</span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{example.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
