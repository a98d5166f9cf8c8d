// Everything a series page shows, for the page, its metadata and its embed alike: the series, its
// figures as of the revision the link pins (or the latest), and for a pinned link how many figures
// have changed since. Wrapped in React's cache, so the page and its generateMetadata share one read.
import { cache } from 'react';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { countChangedSince } from '@/lib/queries/count-changed-since';
import { getSeriesBySlug } from '@/lib/queries/get-series-by-slug';
import { listSeriesFigures } from '@/lib/queries/list-series-figures';
import { resolveShownRevision, type ShownRevision } from './shown-revision';

export interface SeriesPageView {
  series: SeriesView;
  figures: FigureView[];
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
  const [figures, changedSince] = await Promise.all([
    listSeriesFigures(series.id, { asOfRevision: pinned }),
    pinned === undefined ? null : countChangedSince({ seriesSlugs: [series.slug], rev: pinned }),
  ]);
  return { series, figures, revision, notices: resolved.notice ? [resolved.notice] : [], changedSince };
});
