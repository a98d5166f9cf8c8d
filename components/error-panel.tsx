export interface ErrorPanelProps {
  title: string;
  message: string;
  /** Server-side error digest, to quote when reporting the problem. */
  digest?: string;
  onRetry: () => void;
  /** h1 for a page that failed as a whole; h2 for a part of a page. */
  heading?: 'h1' | 'h2';
}

/** A failed load, said plainly, with a way to try again. */
export function ErrorPanel({ title, message, digest, onRetry, heading: Heading = 'h1' }: ErrorPanelProps) {
  return (
    <div
      role="alert"
      data-testid="error-state"
      className="rounded-xl border border-red-300 bg-red-50 px-4 py-6 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <Heading className="text-lg font-semibold">{title}</Heading>
      <p className="mt-1 text-sm">{message}</p>
      {digest ? <p className="mt-1 text-xs opacity-80">Reference: {digest}</p> : null}
      <button
        type="button"
        onClick={onRetry}
        className="mt-4 rounded-md bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 dark:bg-red-200 dark:text-red-950 dark:hover:bg-white"
      >
        Try again
      </button>
    </div>
  );
}
