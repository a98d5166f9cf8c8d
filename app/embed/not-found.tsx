export default function EmbedNotFound() {
  return (
    <div data-testid="not-found" className="px-2 py-6 text-sm">
      <h1 className="font-semibold">This chart is not available.</h1>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        The embed code may be mistyped, or the series may have been renamed.{' '}
        <a href="/" target="_blank" rel="noopener" className="underline underline-offset-2">
          Open Sourced Figures
        </a>
      </p>
    </div>
  );
}
