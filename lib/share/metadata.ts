// Open Graph and Twitter card tags for every shareable page, so that a pasted link unfurls into a
// picture of that very view: the image URL carries the view's state and the revision it shows (see
// lib/previews/load-preview-input.ts), and every URL is absolute (lib/site-url.ts).
import type { Metadata } from 'next';
import { describeFigure } from '@/lib/figures/wording';
import { explorerTitle, HOME_TITLE } from '@/lib/previews/titles';
import { latestFigure } from '@/lib/previews/latest-figure';
import { getShortLink } from '@/lib/queries/get-short-link';
import { isShortCode } from '@/lib/short-links';
import { siteOrigin } from '@/lib/site-url';
import { serializeViewState, type RawParams } from '@/lib/view-state';
import { loadHomeView } from './home-view';
import { pageUrl } from './permalink';
import { parsePinnedRevision } from './pinned-revision';
import { formatRevisionDate } from './revision-date';
import { loadSeriesView } from './series-view';
import { loadExplorerView } from './explorer-view';
import type { ShownRevision } from './shown-revision';

const SITE_NAME = 'Sourced Figures';

interface SocialInput {
  title: string;
  description: string;
  /** The page, absolute. */
  url: string;
  /** The preview image, absolute. */
  image: string;
  imageAlt: string;
}

function socialMetadata({ title, description, url, image, imageAlt }: SocialInput): Metadata {
  return {
    openGraph: {
      type: 'website',
      siteName: SITE_NAME,
      title,
      description,
      url,
      images: [{ url: image, width: 1200, height: 630, alt: imageAlt, type: 'image/png' }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image, alt: imageAlt }] },
  };
}

/** The image's query: the page's own state, and the revision it shows (rev= when pinned, else at=). */
function imageQuery(query: string, revision: ShownRevision | null): string {
  if (!revision || revision.pinned) return query;
  return [query, `at=${revision.id}`].filter(Boolean).join('&');
}

function pinnedSuffix(revision: ShownRevision | null): string {
  return revision?.pinned ? ` (data as of ${formatRevisionDate(revision.createdAt)})` : '';
}

/** For /series/<slug>: its title, the latest figure in words, and the picture of its chart. */
export async function seriesMetadata(slug: string, searchParams: RawParams): Promise<Metadata> {
  const view = await loadSeriesView(slug, parsePinnedRevision(searchParams).rev);
  if (!view) return {};
  const { series, revision } = view;
  const origin = await siteOrigin();
  const query = revision?.pinned ? `rev=${revision.id}` : '';
  const latest = latestFigure(view.figures);
  const headline = latest ? `Latest: ${describeFigure(latest, series)}.` : 'No figures yet.';
  return {
    title: series.title,
    description: series.description,
    ...socialMetadata({
      title: `${series.title}${pinnedSuffix(revision)}`,
      description: `${headline} ${series.description}`.trim(),
      url: pageUrl(origin, `/series/${series.slug}`, query),
      image: pageUrl(origin, `/og/series/${encodeURIComponent(series.slug)}`, imageQuery(query, revision)),
      imageAlt: `Chart of ${series.title}. ${headline}`,
    }),
  };
}

const HOME_DESCRIPTION =
  'Statistics on North Korea’s support for Russia’s war against Ukraine, where every number carries who said it and who published it.';

/** For the dashboard: the headline charts in one picture. */
export async function homeMetadata(searchParams: RawParams): Promise<Metadata> {
  const view = await loadHomeView(parsePinnedRevision(searchParams).rev);
  const origin = await siteOrigin();
  const query = view.revision?.pinned ? `rev=${view.revision.id}` : '';
  const titles = view.headlines.map((h) => h.series.title);
  return socialMetadata({
    title: `${HOME_TITLE}${pinnedSuffix(view.revision)}`,
    description: HOME_DESCRIPTION,
    url: pageUrl(origin, '/', query),
    image: pageUrl(origin, '/og/home', imageQuery(query, view.revision)),
    imageAlt: titles.length > 0 ? `Charts of ${explorerTitle(titles)}, each with its latest figure and sources.` : HOME_TITLE,
  });
}

/**
 * For /explore?<state>, to be returned from the explorer page's generateMetadata: the chosen series
 * as the title, and the picture of exactly this comparison (range, mode and pinned revision).
 */
export async function explorerMetadata(searchParams: RawParams): Promise<Metadata> {
  const [{ state, series, shown: revision }, origin] = await Promise.all([loadExplorerView(searchParams), siteOrigin()]);
  const titles = series.map((s) => s.title);
  const query = serializeViewState({ ...state, rev: revision?.pinned ? revision.id : null });
  const title = explorerTitle(titles);
  const description =
    titles.length === 0
      ? 'Compare sourced figures over time: who said what when, and where sources disagree.'
      : `${titles.length === 1 ? 'The figures' : `${titles.length} series compared`}, each with who said it and who published it.`;
  return {
    title: titles.length === 0 ? 'Explore' : title,
    description,
    ...socialMetadata({
      title: `${title}${pinnedSuffix(revision)}`,
      description,
      url: pageUrl(origin, '/explore', query),
      image: pageUrl(origin, '/og/explore', imageQuery(query, revision)),
      imageAlt: titles.length === 0 ? 'The Sourced Figures explorer' : `Charts of ${title}, with their sources.`,
    }),
  };
}

/**
 * For /s/<code>: the metadata of the view the code stands for, with the short link as its URL. Only
 * useful if the page renders (a redirect response carries no tags; crawlers then follow it and read
 * the target page's own tags, which name the same image).
 */
export async function shortLinkMetadata(code: string): Promise<Metadata> {
  const link = isShortCode(code) ? await getShortLink(code) : null;
  if (!link) return { robots: { index: false } };
  const params = new URLSearchParams(link.query);
  const series = /^\/series\/([^/]+)$/.exec(link.path);
  const target = series
    ? await seriesMetadata(series[1], params)
    : link.path === '/explore'
      ? await explorerMetadata(params)
      : await homeMetadata(params);
  const url = `${await siteOrigin()}/s/${code}`;
  return {
    ...target,
    robots: { index: false },
    openGraph: { ...target.openGraph, url },
  };
}
