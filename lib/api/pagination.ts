// Offset pagination with a ready-made link to the next page, so clients follow `page.next` instead of
// building URLs. The link is relative (path and query) and keeps every other parameter of the request.

export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Page {
  limit: number;
  offset: number;
  total: number;
  /** The next page's path and query, or null on the last page. */
  next: string | null;
}

export function pageOf(request: Request, { limit, offset }: PageRequest, total: number): Page {
  let next: string | null = null;
  if (offset + limit < total) {
    const url = new URL(request.url);
    url.searchParams.set('offset', String(offset + limit));
    url.searchParams.set('limit', String(limit));
    next = `${url.pathname}${url.search}`;
  }
  return { limit, offset, total, next };
}
