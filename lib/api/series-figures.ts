// What the figures endpoints of one series share, JSON and CSV alike: the series from the path, the
// filters from the query, and the revision the data is read as of. The figures are filtered and paged
// in the database (listSeriesFigurePage), by the one rule the explorer draws and filters by
// (lib/figures/explorer-range.ts): a figure is kept when the span it is drawn across reaches into the
// range. A CSV holds at most MAX_CSV_FIGURES of them, and says where the rest are.
import { parsePartialDate, startsAfterEnd } from '@/lib/figures/period';
import type { FigureView, PartialDate, SeriesView } from '@/lib/figures/types';
import { MAX_CSV_FIGURES } from '@/lib/limits';
import { getSeriesBySlug } from '@/lib/queries/get-series-by-slug';
import { listSeriesFigurePage } from '@/lib/queries/list-series-figure-page';
import { siteOriginFor } from '@/lib/site-url';
import { CSV_CONTENT_TYPE, csvHeaders, figuresCsv } from './csv';
import { invalidParameter, notFound } from './errors';
import type { PageRequest } from './pagination';
import type { FigureFilterParams } from './params';
import { cachedResponse } from './responses';
import { resolveRevision, type ResolvedRevision } from './revision';

export interface SeriesFigures {
  series: SeriesView;
  revision: ResolvedRevision;
  /** The figures of the page asked for that pass the filters, in the explorer's order. */
  figures: FigureView[];
  /** Figures that pass the filters, on all pages. */
  total: number;
  /** Whether anything beyond the revision narrowed the figures. */
  filtered: boolean;
}

function toPartialDate(text: string | undefined): PartialDate | null {
  if (text === undefined) return null;
  const parsed = parsePartialDate(text);
  // The query schema has already refused anything parsePartialDate refuses.
  if (!parsed.ok) throw invalidParameter(parsed.reason);
  return parsed.value;
}

export function periodRange(params: { from?: string; to?: string }): { from: PartialDate | null; to: PartialDate | null } {
  const from = toPartialDate(params.from);
  const to = toPartialDate(params.to);
  if (from && to && startsAfterEnd(from, to)) {
    throw invalidParameter(`Invalid query: "from=${params.from}" is after "to=${params.to}".`);
  }
  return { from, to };
}

export async function readSeriesFigures(slug: string, params: FigureFilterParams, page: PageRequest): Promise<SeriesFigures> {
  const series = await getSeriesBySlug(slug);
  if (!series) throw notFound(`There is no series "${slug}"; /api/v1/series lists them.`);
  const range = periodRange(params);
  const revision = await resolveRevision(params.rev);
  // A series is written by an import, which is a revision, so one exists whenever the series does.
  if (!revision) throw notFound(`There is no series "${slug}"; /api/v1/series lists them.`);
  const { figures, total } = await listSeriesFigurePage({
    series,
    range,
    asOfRevision: revision.asOfRevision ?? null,
    claimantId: params.claimant,
    publisherId: params.publisher,
    ...page,
  });
  return {
    series,
    revision,
    figures,
    total,
    filtered: range.from !== null || range.to !== null || params.claimant !== undefined || params.publisher !== undefined,
  };
}

/** A CSV download reads this page: all of a series' figures, up to the limit. */
export const CSV_PAGE: PageRequest = { offset: 0, limit: MAX_CSV_FIGURES };

/** The figures as CSV, headed by a permalink pinned to the revision they were read at. */
export function seriesFiguresCsvResponse(request: Request, read: SeriesFigures): Response {
  const url = new URL(request.url);
  const origin = siteOriginFor(request);
  const slug = encodeURIComponent(read.series.slug);
  let permalink = `${origin}/series/${slug}?rev=${read.revision.revision}`;
  const query = new URLSearchParams(url.searchParams);
  for (const name of ['format', 'limit', 'offset']) query.delete(name);
  query.set('rev', String(read.revision.revision));
  // The series page shows no filters, so a filtered download points at itself, pinned.
  if (read.filtered) permalink = `${origin}/api/v1/series/${slug}/figures.csv?${query}`;
  const notes =
    read.total > read.figures.length
      ? [
          `This file holds the first ${read.figures.length} of ${read.total} figures, oldest first; ` +
            `the rest are in the pages of ${origin}/api/v1/series/${slug}/figures?${query}&offset=${read.figures.length}`,
        ]
      : [];
  const body = figuresCsv({
    permalink,
    revision: read.revision.revision,
    notes,
    series: new Map([[read.series.slug, read.series]]),
    figures: read.figures,
  });
  return cachedResponse(request, body, {
    cache: read.revision.cache,
    contentType: CSV_CONTENT_TYPE,
    headers: csvHeaders(`${read.series.slug}-rev${read.revision.revision}.csv`),
  });
}
