// What the figures endpoints of one series share, JSON and CSV alike: the series from the path, the
// filters from the query, and the revision the data is read as of. The figures come from the
// explorer's query (getExplorerData), so from/to select by the one rule the explorer draws and filters
// by (lib/figures/explorer-range.ts): a figure is kept when the span it is drawn across reaches into
// the range. A series holds tens of figures, so it is read whole and filtered and paged here.
import { placeFigureSpan } from '@/lib/figures/explorer-range';
import { parsePartialDate, startsAfterEnd } from '@/lib/figures/period';
import type { FigureView, PartialDate, SeriesView } from '@/lib/figures/types';
import { getExplorerData } from '@/lib/queries/get-explorer-data';
import { getSeriesBySlug } from '@/lib/queries/get-series-by-slug';
import { CSV_CONTENT_TYPE, csvHeaders, figuresCsv } from './csv';
import { invalidParameter, notFound } from './errors';
import { siteOriginFor } from '@/lib/site-url';
import type { FigureFilterParams } from './params';
import { cachedResponse } from './responses';
import { resolveRevision, type ResolvedRevision } from './revision';

export interface SeriesFigures {
  series: SeriesView;
  revision: ResolvedRevision;
  /** Every figure that passes the filters, in the explorer's order. */
  figures: FigureView[];
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

export async function readSeriesFigures(slug: string, params: FigureFilterParams): Promise<SeriesFigures> {
  const series = await getSeriesBySlug(slug);
  if (!series) throw notFound(`There is no series "${slug}"; /api/v1/series lists them.`);
  const range = periodRange(params);
  const revision = await resolveRevision(params.rev);
  // A series is written by an import, which is a revision, so one exists whenever the series does.
  if (!revision) throw notFound(`There is no series "${slug}"; /api/v1/series lists them.`);
  const hasRange = range.from !== null || range.to !== null;
  const all = await getExplorerData({ series: [series], range, asOfRevision: revision.asOfRevision ?? null });
  // The explorer keeps figures it cannot place in time, to list them as not drawn; a filter by date
  // leaves them out, since nothing says they belong to the range.
  const figures = all.filter(
    (figure) =>
      (params.claimant === undefined || figure.claimant.id === params.claimant) &&
      (params.publisher === undefined || figure.publisher.id === params.publisher) &&
      (!hasRange || placeFigureSpan(figure, series.kind).ok),
  );
  return {
    series,
    revision,
    figures,
    filtered: hasRange || params.claimant !== undefined || params.publisher !== undefined,
  };
}

/** The figures as CSV, headed by a permalink pinned to the revision they were read at. */
export function seriesFiguresCsvResponse(request: Request, read: SeriesFigures): Response {
  const url = new URL(request.url);
  const origin = siteOriginFor(request);
  const slug = encodeURIComponent(read.series.slug);
  let permalink = `${origin}/series/${slug}?rev=${read.revision.revision}`;
  if (read.filtered) {
    // The series page shows no filters, so a filtered download points at itself, pinned.
    const query = new URLSearchParams(url.searchParams);
    for (const name of ['format', 'limit', 'offset']) query.delete(name);
    query.set('rev', String(read.revision.revision));
    permalink = `${origin}/api/v1/series/${slug}/figures.csv?${query}`;
  }
  const body = figuresCsv({
    permalink,
    revision: read.revision.revision,
    series: new Map([[read.series.slug, read.series]]),
    figures: read.figures,
  });
  return cachedResponse(request, body, {
    cache: read.revision.cache,
    contentType: CSV_CONTENT_TYPE,
    headers: csvHeaders(`${read.series.slug}-rev${read.revision.revision}.csv`),
  });
}
