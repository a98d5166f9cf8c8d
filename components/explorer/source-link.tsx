export interface SourceLinkProps {
  url: string | null;
  children: React.ReactNode;
  /** Read out after the link text, e.g. "article". */
  kind?: string;
}

/** Only web links become anchors: a stored `javascript:` or `data:` URL must never be clickable. */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A source's name, linked to its article when there is a web link. */
export function SourceLink({ url, children, kind = 'article' }: SourceLinkProps) {
  const href = webUrl(url);
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300">
      {children}
      <span className="sr-only"> ({kind}, opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
