export interface NoticeListProps {
  /** One sentence per ignored value, naming it and why. */
  notices: string[];
}

/**
 * What a page ignored from its link, announced politely. The live region wraps the list rather than
 * being it: a role on the <ul> would hide its items' list semantics (axe: listitem).
 */
export function NoticeList({ notices }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="url-notice"
      className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <ul className="list-disc space-y-0.5 pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
