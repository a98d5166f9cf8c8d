// What a claimant's or a publisher's page shows: one page of the figures it gave or reported
// (FIGURES_PER_PAGE of them), as of the revision the link pins (rev=) or the latest, and how many
// there are. A page= that is not a page number, or past the last page, is shown as page 1 or the
// last page with a notice, as on every other paged list; so is a rev= that names no revision.
import { FIGURES_PER_PAGE } from '@/lib/limits';
import { countSourceFigures } from '@/lib/queries/count-source-figures';
import type { SeriesFigure } from '@/lib/queries/figure-rows';
import { listSourceFigures, type SourceRef } from '@/lib/queries/list-source-figures';
import { parsePinnedRevision } from '@/lib/share/pinned-revision';
import { resolveShownRevision, type ShownRevision } from '@/lib/share/shown-revision';
import type { RawParams } from '@/lib/view-state';
import { parsePageParam } from './page-param';
import { readPage } from './read-page';

export interface SourcePageView {
  figures: SeriesFigure[];
  /** Figures the source has in all, as of the revision shown. */
  total: number;
  page: number;
  pages: number;
  /** Position of the first figure on the page, 1-based. */
  first: number;
  /** The revision the figures are as of; null before the first import. */
  revision: ShownRevision | null;
  /** Why part of the link was ignored. */
  notices: string[];
}

/** `listName` names the list in the notice for a page past the end: "this claimant’s list of figures". */
export async function loadSourcePage(source: SourceRef, params: RawParams, listName: string): Promise<SourcePageView> {
  const pin = parsePinnedRevision(params);
  const asked = parsePageParam(params);
  const resolved = await resolveShownRevision(pin.rev);
  const asOfRevision = resolved.revision?.pinned ? resolved.revision.id : null;
  const read = await readPage(
    asked.page,
    FIGURES_PER_PAGE,
    async ({ limit, offset }) => {
      const [items, total] = await Promise.all([listSourceFigures({ source, asOfRevision, limit, offset }), countSourceFigures(source, asOfRevision)]);
      return { items, total };
    },
    listName,
  );
  return {
    figures: read.items,
    total: read.total,
    page: read.page,
    pages: read.pages,
    first: read.first,
    revision: resolved.revision,
    notices: [...pin.notices, resolved.notice, asked.notice, read.notice].filter((n): n is string => n !== null),
  };
}
