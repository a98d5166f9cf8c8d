// What a link preview image says, fitted to its boxes before it is drawn: the title, the latest figure
// in the same honest words the page uses (describeFigure: qualifier, period, claimant, publisher), the
// chart in miniature, the sources and the permalink. One series gets the "single" layout (headline
// beside its chart); several get a row of tiles. Every box has a fixed number of lines, so nothing
// from the data can push the layout out of the 1200×630 image: long text ends with an ellipsis.
import { groupLabel } from '@/lib/figures/chart-data';
import { formatPeriod } from '@/lib/figures/period';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { describeClaimant, describeFigure, describeQuantity } from '@/lib/figures/wording';
import { formatRevisionDate } from '@/lib/share/revision-date';
import { latestFigure } from './latest-figure';
import { layoutMiniChart, type MiniChartLayout, type MiniChartSource } from './mini-chart';
import { cleanText, fitLine, fitLines, fitsWhole, type FitOptions } from './text-fit';

/** Sizes and positions shared by the content (which fits text to them) and the image that draws it. */
export const PREVIEW_LAYOUT = {
  width: 1200,
  height: 630,
  padX: 56,
  padTop: 40,
  padBottom: 34,
  eyebrow: { fontSize: 22, lineHeight: 28 },
  /** Beside the eyebrow, right-aligned: "Data as of …". */
  asOf: { fontSize: 20 },
  gap: 18,
  single: {
    title: { fontSize: 46, lineHeight: 54, maxLines: 2 },
    /** The band under the title: the headline beside the chart. */
    middleHeight: 272,
    leftWidth: 500,
    columnGap: 40,
    label: { fontSize: 18, lineHeight: 24 },
    quantity: { fontSize: 38, lineHeight: 44, maxLines: 2 },
    detail: { fontSize: 22, lineHeight: 29, maxLines: 4 },
    quote: { fontSize: 20, lineHeight: 27, maxLines: 2 },
    blockGap: 8,
  },
  tiles: {
    // One line of title leaves the tiles room for their charts; each tile names its series anyway.
    title: { fontSize: 38, lineHeight: 46, maxLines: 1 },
    middleHeight: 334,
    max: 4,
    gap: 24,
    tileTitle: { fontSize: 20, lineHeight: 25, maxLines: 2 },
    quantity: { fontSize: 26, lineHeight: 31, maxLines: 2 },
    detail: { fontSize: 16, lineHeight: 21, maxLines: 2 },
    blockGap: 6,
    minChartHeight: 90,
  },
  sources: { fontSize: 20, lineHeight: 26, maxLines: 2 },
  footer: { fontSize: 22, lineHeight: 28 },
  chartFontSize: 16,
} as const;

const L = PREVIEW_LAYOUT;
export const PREVIEW_CONTENT_WIDTH = L.width - 2 * L.padX;

export interface PreviewPanel {
  series: SeriesView;
  /** The figures the view shows for this series. */
  figures: FigureView[];
  /** The page's own chart model for them. */
  chart: MiniChartSource & { pointCount: number };
}

export interface PreviewInput {
  /** Above the title, e.g. "Running total · in shells". */
  eyebrow: string;
  title: string;
  panels: PreviewPanel[];
  /** The link shown at the bottom, absolute. */
  permalink: string;
  /** The dataset revision the figures are as of. */
  revision: { id: number; createdAt: Date | string } | null;
  /** Said when there is no series to show. */
  emptyText?: string;
}

interface PreviewCommon {
  eyebrow: string;
  title: string[];
  sources: string[];
  /** The permalink without its scheme, e.g. "figures.example.org/s/abc". */
  permalink: string;
  /** "Data as of 28 Nov 2026 · revision 12" */
  asOf: string | null;
}

export interface SinglePreview extends PreviewCommon {
  layout: 'single';
  /** "Latest figure", or why there is none. */
  label: string;
  quantity: string[];
  detail: string[];
  quote: string[];
  chart: MiniChartLayout | null;
  /** Said in place of the chart when it has nothing to draw. */
  chartNote: string | null;
}

export interface PreviewTile {
  title: string[];
  quantity: string[];
  detail: string[];
  chart: MiniChartLayout | null;
  chartNote: string | null;
}

export interface TilesPreview extends PreviewCommon {
  layout: 'tiles';
  tiles: PreviewTile[];
}

export type PreviewContent = SinglePreview | TilesPreview;

function uniq(items: string[]): string[] {
  return [...new Set(items)];
}

function listUpTo(items: string[], count: number, separator: string): string {
  if (count >= items.length) return items.join(separator);
  return `${items.slice(0, count).join(separator)} and ${items.length - count} more`;
}

/**
 * The source line (lib/figures/wording.ts sourceLine) in the lines available: whole when it fits,
 * otherwise naming as many claimants and publishers as fit and counting the rest, never cutting a
 * name in half when that can be avoided.
 */
export function summariseSources(figures: readonly FigureView[], fit: FitOptions): string[] {
  if (figures.length === 0) return fitLines('Sources: none yet.', fit);
  const claimants = uniq(figures.map((f) => describeClaimant(f.claimant)));
  const publishers = uniq(figures.map((f) => f.publisher.name));
  const text = (c: number, p: number) => `Sources: ${listUpTo(claimants, c, '; ')}. Published by ${listUpTo(publishers, p, ', ')}.`;
  for (let c = claimants.length; c >= 1; c -= 1) {
    for (let p = publishers.length; p >= 1; p -= 1) {
      if (fitsWhole(text(c, p), fit)) return fitLines(text(c, p), fit);
    }
  }
  return fitLines(text(1, 1), fit);
}

/** A URL as people read it aloud: without "https://" and a trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function asOfText(revision: PreviewInput['revision']): string | null {
  return revision ? `Data as of ${formatRevisionDate(revision.createdAt)} · revision ${revision.id}` : null;
}

/** The latest figure split like the page's headline: the quantity large, the rest of the sentence after it. */
function headline(figure: FigureView, series: SeriesView): { quantity: string; rest: string } {
  const sentence = describeFigure(figure, series);
  const quantity = describeQuantity(figure, series.unit);
  return { quantity, rest: sentence.slice(quantity.length).replace(/^[\s,]+/, '') };
}

function buildSingle(input: PreviewInput, common: PreviewCommon): SinglePreview {
  const S = L.single;
  const chartWidth = PREVIEW_CONTENT_WIDTH - S.leftWidth - S.columnGap;
  const panel = input.panels[0];
  if (!panel) {
    return {
      ...common,
      layout: 'single',
      label: 'Nothing chosen yet',
      quantity: [],
      detail: fitLines(input.emptyText ?? 'No series to show.', { ...S.detail, width: S.leftWidth }),
      quote: [],
      chart: null,
      chartNote: null,
    };
  }
  const latest = latestFigure(panel.figures);
  const chart = panel.chart.pointCount > 0 ? layoutMiniChart(panel.chart, chartWidth, S.middleHeight, L.chartFontSize) : null;
  const chartNote =
    chart !== null ? null : panel.figures.length === 0 ? 'No figures yet' : 'None of these figures can be placed in time';
  if (!latest) {
    return { ...common, layout: 'single', label: 'No figures yet', quantity: [], detail: [], quote: [], chart, chartNote };
  }
  const { quantity, rest } = headline(latest, panel.series);
  const quantityLines = fitLines(quantity, { ...S.quantity, width: S.leftWidth });
  // The detail and the quote share what the quantity leaves of the column.
  let room = S.middleHeight - S.label.lineHeight - S.blockGap - quantityLines.length * S.quantity.lineHeight - S.blockGap;
  const detail = fitLines(rest, { ...S.detail, width: S.leftWidth, maxLines: Math.min(S.detail.maxLines, Math.floor(room / S.detail.lineHeight)) });
  room -= detail.length * S.detail.lineHeight + S.blockGap;
  const quoteLines = Math.min(S.quote.maxLines, Math.floor(room / S.quote.lineHeight));
  const quote = latest.quote ? fitLines(`“${cleanText(latest.quote)}”`, { ...S.quote, width: S.leftWidth, maxLines: quoteLines }) : [];
  return { ...common, layout: 'single', label: 'Latest figure', quantity: quantityLines, detail, quote, chart, chartNote };
}

function tileDetail(figure: FigureView, series: SeriesView): string {
  const period = formatPeriod(figure.periodStart, figure.periodEnd, series.kind);
  const who = figure.claimant.organization === 'unknown' ? describeClaimant(figure.claimant) : groupLabel(figure.claimant.organization);
  return `${period === 'date not given' ? 'no date given' : period}, per ${who}`;
}

function buildTiles(input: PreviewInput, common: PreviewCommon): TilesPreview {
  const T = L.tiles;
  const shown = input.panels.slice(0, T.max);
  const width = (PREVIEW_CONTENT_WIDTH - (shown.length - 1) * T.gap) / shown.length;
  const tiles = shown.map((panel): PreviewTile => {
    const title = fitLines(panel.series.title, { ...T.tileTitle, width });
    const latest = latestFigure(panel.figures);
    const quantity = latest ? fitLines(describeQuantity(latest, panel.series.unit), { ...T.quantity, width }) : [];
    const detail = latest ? fitLines(tileDetail(latest, panel.series), { ...T.detail, width }) : fitLines('No figures in view', { ...T.detail, width });
    const used =
      title.length * T.tileTitle.lineHeight + quantity.length * T.quantity.lineHeight + detail.length * T.detail.lineHeight + 3 * T.blockGap;
    const chartHeight = T.middleHeight - used;
    const chart =
      panel.chart.pointCount > 0 && chartHeight >= T.minChartHeight
        ? layoutMiniChart(panel.chart, width, chartHeight, 14)
        : null;
    const chartNote = chart ? null : panel.figures.length === 0 ? 'Nothing to draw' : 'Not drawn: no dates';
    return { title, quantity, detail, chart, chartNote };
  });
  return { ...common, layout: 'tiles', tiles };
}

export function buildPreview(input: PreviewInput): PreviewContent {
  const hidden = input.panels.length - L.tiles.max;
  // Series without a tile are counted where the reader looks first.
  const eyebrow = hidden > 0 ? `${input.eyebrow} · ${L.tiles.max} of ${input.panels.length} series shown` : input.eyebrow;
  const common: PreviewCommon = {
    eyebrow: fitLine(eyebrow, L.eyebrow.fontSize, PREVIEW_CONTENT_WIDTH * 0.62),
    title: fitLines(input.title, { ...(input.panels.length > 1 ? L.tiles.title : L.single.title), width: PREVIEW_CONTENT_WIDTH }),
    sources: summariseSources(
      input.panels.flatMap((p) => p.figures),
      { ...L.sources, width: PREVIEW_CONTENT_WIDTH },
    ),
    permalink: fitLine(displayUrl(input.permalink), L.footer.fontSize, PREVIEW_CONTENT_WIDTH),
    asOf: asOfText(input.revision),
  };
  return input.panels.length > 1 ? buildTiles(input, common) : buildSingle(input, common);
}
