// Short links: `/s/<code>` for a view's state. A state is first made canonical through the one URL
// state parser and serializer (lib/view-state.ts), so that equal views get equal codes whatever order
// or spelling their parameters had. The stored query carries the format version (`v=`), so a link
// made today is migrated by parseViewState when the format changes, however old it is by then.
// Codes are random (crypto), never sequential, and avoid characters people confuse when copying.
import { createHash, randomInt } from 'node:crypto';
import { getLatestRevision } from '@/lib/queries/get-latest-revision';
import { getShortLink } from '@/lib/queries/get-short-link';
import { listSeries } from '@/lib/queries/list-series';
import { saveShortLink, type SavedShortLink } from '@/lib/queries/save-short-link';
import { parseViewState, serializeViewState, VIEW_STATE_VERSION } from '@/lib/view-state';

/** No 0/O, 1/l/I: a code read aloud or typed from a printout still works. */
export const SHORT_CODE_ALPHABET = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
/** 57^10 ≈ 3.6e17 codes: guessing one that exists is hopeless. */
export const SHORT_CODE_LENGTH = 10;
const SHORT_CODE = new RegExp(`^[${SHORT_CODE_ALPHABET}]{${SHORT_CODE_LENGTH}}$`);

export const MAX_QUERY_LENGTH = 2000;
const SERIES_PATH = /^\/series\/([^/?#]+)$/;

export function generateShortCode(): string {
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i += 1) code += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
  return code;
}

export function isShortCode(text: string): boolean {
  return SHORT_CODE.test(text);
}

export function shortLinkUrl(code: string): string {
  return `/s/${code}`;
}

export interface ShortLinkInput {
  /** `/`, `/explore` or `/series/<slug>`. */
  path: string;
  /** The view's query string, with or without its leading "?". */
  query: string;
}

export type CanonicalTarget = { ok: true; path: string; query: string; stateHash: string } | { ok: false; reason: string };

export interface CanonicalContext {
  knownSeries: ReadonlySet<string>;
  /** The newest dataset revision; a state pinned after it cannot be shared. */
  latestRevision: number | null;
}

/** The canonical path and query for a view, or why it cannot be shared. */
export function canonicalShortLinkTarget(input: ShortLinkInput, context: CanonicalContext): CanonicalTarget {
  const seriesPage = SERIES_PATH.exec(input.path);
  if (input.path !== '/' && input.path !== '/explore' && !seriesPage) {
    return { ok: false, reason: `path "${input.path}" cannot be shared; the paths are /, /explore and /series/<slug>` };
  }
  if (seriesPage && !context.knownSeries.has(seriesPage[1])) {
    return { ok: false, reason: `path "${input.path}" names no series` };
  }
  const raw = input.query.startsWith('?') ? input.query.slice(1) : input.query;
  if (raw.length > MAX_QUERY_LENGTH) {
    return { ok: false, reason: `query is longer than ${MAX_QUERY_LENGTH} characters` };
  }
  const { state, notices } = parseViewState(new URLSearchParams(raw), context.knownSeries);
  if (notices.length > 0) return { ok: false, reason: `query has problems: ${notices.join(' ')}` };
  if (state.rev !== null && (context.latestRevision === null || state.rev > context.latestRevision)) {
    const latest = context.latestRevision === null ? 'there are no revisions yet' : `the latest is ${context.latestRevision}`;
    return { ok: false, reason: `query pins rev=${state.rev}, which does not exist yet: ${latest}` };
  }
  const serialized = serializeViewState(state);
  const query = [serialized, `v=${VIEW_STATE_VERSION}`].filter(Boolean).join('&');
  const stateHash = createHash('sha256').update(`${input.path}?${query}`).digest('hex');
  return { ok: true, path: input.path, query, stateHash };
}

export class ShortLinkRejected extends Error {}

/** Finds or creates the code for a view's state; throws ShortLinkRejected for a state that cannot be shared. */
export async function createShortLink(input: ShortLinkInput): Promise<SavedShortLink> {
  const [series, latest] = await Promise.all([listSeries(), getLatestRevision()]);
  const target = canonicalShortLinkTarget(input, { knownSeries: new Set(series.map((s) => s.slug)), latestRevision: latest?.id ?? null });
  if (!target.ok) throw new ShortLinkRejected(target.reason);
  return saveShortLink({ path: target.path, query: target.query, stateHash: target.stateHash }, generateShortCode);
}

/** Where a code leads (path and query), or null for a code that is malformed or unknown. */
export async function resolveShortLink(code: string): Promise<string | null> {
  if (!isShortCode(code)) return null;
  const link = await getShortLink(code);
  if (!link) return null;
  return link.query ? `${link.path}?${link.query}` : link.path;
}
