// The page= of a paged list page (a topic, /sources), read the way the corrections log reads its own
// (lib/history/history-query.ts): a value that is not a page number is ignored with a notice naming it,
// and a page past the end is left to readPage, which shows the last one and says so.
import type { RawParams } from '@/lib/view-state';

/** Postgres' `integer`: no list is this long. */
const MAX_PAGE = 2_147_483_647;

export interface PageParam {
  page: number;
  /** Why the page= of the link was ignored. */
  notice: string | null;
}

export function parsePageParam(params: RawParams, key = 'page'): PageParam {
  const value = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === '') return { page: 1, notice: null };
  if (/^\d{1,10}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_PAGE) return { page: Number(raw), notice: null };
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return { page: 1, notice: `Ignored ${key}="${shown}": a page is a whole number from 1.` };
}

/** A list page's address with only what differs from the defaults: the pinned revision and the page. */
export function pagedHref(path: string, { rev, page }: { rev: number | null; page: number }): string {
  const parts = [
    ...(rev !== null ? [`rev=${rev}`] : []),
    ...(page > 1 ? [`page=${page}`] : []),
  ];
  return parts.length > 0 ? `${path}?${parts.join('&')}` : path;
}
