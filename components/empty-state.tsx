export interface EmptyStateProps {
  title: string;
  children?: React.ReactNode;
}

/** What a panel says when it has nothing to show, so an empty page never looks broken. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div
      data-testid="empty-state"
      className="rounded-xl border border-dashed border-zinc-300 bg-white px-4 py-8 text-center dark:border-zinc-700 dark:bg-zinc-900"
    >
      <p className="font-semibold text-zinc-900 dark:text-zinc-100">{title}</p>
      {children ? <div className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{children}</div> : null}
    </div>
  );
}
