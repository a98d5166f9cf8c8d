export interface LoadingPanelProps {
  /** What is loading, read out to screen readers: "Loading the sources". */
  label: string;
  /** Rough shape of the page to come, so the layout does not jump when it arrives. */
  layout: 'series' | 'list';
}

function Block({ className }: { className: string }) {
  return <div className={`animate-pulse rounded-md bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800 ${className}`} />;
}

function CardPlaceholder() {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <Block className="h-4 w-2/3" />
      <Block className="mt-3 h-7 w-1/2" />
      <Block className="mt-2 h-3 w-5/6" />
      <Block className="mt-4 h-56 w-full" />
      <Block className="mt-3 h-3 w-3/4" />
    </div>
  );
}

/** Placeholder shown by loading.tsx while a page reads the database. */
export function LoadingPanel({ label, layout }: LoadingPanelProps) {
  return (
    <div role="status" aria-live="polite" data-testid="loading">
      <span className="sr-only">{label}…</span>
      <div aria-hidden="true">
        <Block className="h-8 w-2/3 max-w-md" />
        <Block className="mt-3 h-4 w-full max-w-2xl" />
        {layout === 'series' ? (
          <div className="mt-8 space-y-6">
            <CardPlaceholder />
            <Block className="h-64 w-full" />
          </div>
        ) : null}
        {layout === 'list' ? (
          <div className="mt-8 grid gap-6 md:grid-cols-2">
            {[0, 1].map((column) => (
              <div key={column} className="space-y-2">
                {[0, 1, 2, 3, 4, 5].map((row) => (
                  <Block key={row} className="h-10 w-full" />
                ))}
              </div>
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}
