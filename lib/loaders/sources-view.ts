// What /sources shows: a page of claimants and a page of publishers, each paged on its own (cpage=,
// ppage=), optionally only those whose names contain q=. Values the page cannot use are ignored with
// a notice, as everywhere else; the two lists are read in parallel.
import { SOURCES_PER_PAGE } from '@/lib/limits';
import type { ClaimantListItem } from '@/lib/queries/list-claimants';
import { listClaimantPage } from '@/lib/queries/list-claimant-page';
import { listPublisherPage } from '@/lib/queries/list-publisher-page';
import type { PublisherListItem } from '@/lib/queries/list-publishers';
import type { RawParams } from '@/lib/view-state';
import { parsePageParam } from './page-param';
import { readPage, type PageRead } from './read-page';

/** Longer search text finds nothing a shorter one would not. */
export const MAX_SOURCE_SEARCH = 100;

export interface SourcesQuery {
  text: string;
  claimantPage: number;
  publisherPage: number;
}

export interface SourcesView {
  query: SourcesQuery;
  claimants: PageRead<ClaimantListItem>;
  publishers: PageRead<PublisherListItem>;
  notices: string[];
}

function searchText(params: RawParams): { text: string; notice: string | null } {
  const value = params instanceof URLSearchParams ? params.get('q') ?? undefined : params.q;
  const raw = (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  if (raw.length <= MAX_SOURCE_SEARCH) return { text: raw, notice: null };
  return { text: raw.slice(0, MAX_SOURCE_SEARCH), notice: `Searched for the first ${MAX_SOURCE_SEARCH} characters of q= only.` };
}

export async function loadSourcesView(params: RawParams): Promise<SourcesView> {
  const search = searchText(params);
  const claimantPage = parsePageParam(params, 'cpage');
  const publisherPage = parsePageParam(params, 'ppage');
  const text = search.text === '' ? null : search.text;
  const [claimants, publishers] = await Promise.all([
    readPage(claimantPage.page, SOURCES_PER_PAGE, (page) => listClaimantPage({ ...page, text }), 'the list of claimants', 'cpage'),
    readPage(publisherPage.page, SOURCES_PER_PAGE, (page) => listPublisherPage({ ...page, text }), 'the list of publishers', 'ppage'),
  ]);
  const notices = [search.notice, claimantPage.notice, claimants.notice, publisherPage.notice, publishers.notice].filter((n): n is string => n !== null);
  return { query: { text: search.text, claimantPage: claimants.page, publisherPage: publishers.page }, claimants, publishers, notices };
}

/** The address of /sources in a state, writing only what differs from the defaults. */
export function sourcesHref(query: SourcesQuery): string {
  const parts = [
    ...(query.text ? [`q=${encodeURIComponent(query.text)}`] : []),
    ...(query.claimantPage > 1 ? [`cpage=${query.claimantPage}`] : []),
    ...(query.publisherPage > 1 ? [`ppage=${query.publisherPage}`] : []),
  ];
  return parts.length > 0 ? `/sources?${parts.join('&')}` : '/sources';
}
