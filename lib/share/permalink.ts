// The link a preview image or an embed prints: the short link when one was already made for exactly
// this view (so a pasted /s/<code> unfurls into a picture that names that same code), else the
// page's own address. Nothing is written here: short links are only made when someone shares.
import { findShortLinkCode } from '@/lib/queries/find-short-link-code';
import { canonicalShortLinkTarget } from '@/lib/short-links';

export interface PermalinkInput {
  origin: string;
  /** `/`, `/explore` or `/series/<slug>`. */
  path: string;
  /** The view's query string as the page serializes it (rev= included when pinned). */
  query: string;
  /** Series the query may name; they exist. */
  knownSeries: readonly string[];
  latestRevision: number | null;
}

export function pageUrl(origin: string, path: string, query: string): string {
  return `${origin}${path}${query ? `?${query}` : ''}`;
}

export async function viewPermalink(input: PermalinkInput): Promise<string> {
  const target = canonicalShortLinkTarget(
    { path: input.path, query: input.query },
    { knownSeries: new Set(input.knownSeries), latestRevision: input.latestRevision },
  );
  const code = target.ok ? await findShortLinkCode(target.stateHash) : null;
  return code ? `${input.origin}/s/${code}` : pageUrl(input.origin, input.path, input.query);
}
