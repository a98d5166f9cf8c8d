import { pageCount } from '@/lib/history/history-query';

export interface PageRead<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
  /** Position of the page's first item in the whole list, 1-based. */
  first: number;
  /** Why the page asked for was not the one shown. */
  notice: string | null;
}

/**
 * Reads one page of a list. A page past the end (from a link made when the list was longer, or
 * filtered differently) shows the last page with a notice, rather than an empty list.
 */
export async function readPage<T>(
  requested: number,
  pageSize: number,
  read: (page: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>,
  listName: string,
  /** The link's name for the page number. */
  parameter = 'page',
): Promise<PageRead<T>> {
  const at = (page: number) => read({ limit: pageSize, offset: (page - 1) * pageSize });
  const asked = await at(requested);
  const pages = pageCount(asked.total, pageSize);
  const position = (page: number) => (page - 1) * pageSize + 1;
  if (requested <= pages) return { ...asked, page: requested, pages, first: position(requested), notice: null };
  const last = await at(pages);
  return {
    ...last,
    page: pages,
    first: position(pages),
    pages: pageCount(last.total, pageSize),
    notice: `Ignored ${parameter}=${requested}: ${listName} has ${pages} ${pages === 1 ? 'page' : 'pages'}; showing the last.`,
  };
}
