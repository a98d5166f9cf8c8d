// Everything a series page shows, for the page, its metadata and its embed alike: the series, its
// latest figures (at most MAX_CHART_FIGURES, for the chart) and how many it has, as of the revision
// the link pins (or the latest), and for a pinned link how many figures have changed since. Wrapped
// in React's cache, so the page and its generateMetadata share one read. The page's table reads its
// own page of figures (seriesTablePage).
import { cache } from 'react';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { FIGURES_PER_PAGE, MAX_CHART_FIGURES } from '@/lib/limits';
import { countChangedSince } from '@/lib/queries/count-changed-since';
import { getSeriesBySlug } from '@/lib/queries/get-series-by-slug';
import { listLatestSeriesFigures } from '@/lib/queries/list-latest-series-figures';
import { listSeriesFigures } from '@/lib/queries/list-series-figures';
import { resolveShownRevision, type ShownRevision } from './shown-revision';

export interface SeriesPageView {
  series: SeriesView;
  /** The latest figures, all of them when there are at most MAX_CHART_FIGURES; oldest first. */
  figures: FigureView[];
  /** How many figures the series shows in all. */
  total: number;
  /** The revision the figures are as of; null before the first import. */
  revision: ShownRevision | null;
  /** Why part of the link was ignored. */
  notices: string[];
  /** For a pinned link, how many figures of the series differ in the latest data. */
  changedSince: number | null;
}

export const loadSeriesView = cache(async (slug: string, rev: number | null): Promise<SeriesPageView | null> => {
  const [series, resolved] = await Promise.all([getSeriesBySlug(slug), resolveShownRevision(rev)]);
  if (!series) return null;
  const { revision } = resolved;
  const pinned = revision?.pinned ? revision.id : undefined;
  const [{ figures, total }, changedSince] = await Promise.all([
    listLatestSeriesFigures(series, pinned ?? null, MAX_CHART_FIGURES),
    pinned === undefined ? null : countChangedSince({ seriesSlugs: [series.slug], rev: pinned }),
  ]);
  return { series, figures, total, revision, notices: resolved.notice ? [resolved.notice] : [], changedSince };
});

export interface SeriesTablePage {
  figures: FigureView[];
  /** 1-based. */
  page: number;
  pages: number;
  /** Position of the first figure on the page, 1-based. */
  first: number;
  /** Why the page asked for was not the one shown. */
  notice: string | null;
}

/** Which page a link's page= asks for, and why it was not used when it could not be. */
export function choosePage(raw: string | undefined, total: number, perPage: number = FIGURES_PER_PAGE): { page: number; pages: number; notice: string | null } {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (raw === undefined || raw === '') return { page: 1, pages, notice: null };
  if (!/^[1-9]\d{0,8}$/.test(raw)) return { page: 1, pages, notice: `Ignored page="${raw.slice(0, 40)}": a page is a whole number from 1.` };
  const asked = Number(raw);
  if (asked > pages) return { page: pages, pages, notice: `There is no page ${asked} of figures; showing the last, page ${pages}.` };
  return { page: asked, pages, notice: null };
}

/** The figures of one page of the series page's table, by date. */
export async function seriesTablePage(view: SeriesPageView, raw: string | undefined): Promise<SeriesTablePage> {
  const { page, pages, notice } = choosePage(raw, view.total);
  const offset = (page - 1) * FIGURES_PER_PAGE;
  // The chart's figures are all there are when the series is small enough to draw whole.
  const figures =
    view.total <= view.figures.length
      ? view.figures.slice(offset, offset + FIGURES_PER_PAGE)
      : await listSeriesFigures(view.series.id, {
          asOfRevision: view.revision?.pinned ? view.revision.id : undefined,
          offset,
          limit: FIGURES_PER_PAGE,
        });
  return { figures, page, pages, first: offset + 1, notice };
}
