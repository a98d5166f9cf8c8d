import Link from 'next/link';

export interface NoticeBannerProps {
  /** One sentence per ignored URL value, naming it and why. */
  notices: string[];
  /** The same view with the ignored parts removed. */
  cleanHref: string;
}

/** Says which parts of the link were ignored, while the rest of the view is shown. */
export function NoticeBanner({ notices, cleanHref }: NoticeBannerProps) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="url-notice"
      className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-semibold">Part of this link could not be used, and was ignored:</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <p className="mt-2">
        Everything else is shown below.{' '}
        <Link href={cleanHref} className="font-medium underline underline-offset-2">
          Open the cleaned-up link
        </Link>
      </p>
    </div>
  );
}
