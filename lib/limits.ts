// How much one request may read, wherever figures are shown. A series or a view can hold any number
// of figures (imports add them without limit); a page, an image or a download of them cannot, so
// past these limits the latest figures are shown and a notice says how many more there are.

/** Figures one explorer view's CSV reads, shared out between its series. */
export const MAX_FIGURES_PER_VIEW = 20_000;

/**
 * Figures one explorer page draws and tabulates, shared out between its series: as many as one series
 * chart draws, so a one-series view of a huge series shows the same figures as its series page. The
 * server puts each into the HTML (in both chart sizes, and in the table view with its quote), which
 * bounds the page at a few megabytes. The view's CSV holds up to MAX_FIGURES_PER_VIEW.
 */
export const MAX_DRAWN_PER_VIEW = 1_000;

/** Figures a series chart draws (series page, dashboard, embed, preview): the latest ones. */
export const MAX_CHART_FIGURES = 1_000;

/**
 * Rows of a page of figures: a series page's table, a claimant's or a publisher's page. The rest are on
 * their further pages.
 */
export const FIGURES_PER_PAGE = 100;

/** The largest import upload, all its files together: 100,000 figure rows are about 30 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Series the dashboard lists per topic; the rest are on the topic's own pages. */
export const SERIES_PER_TOPIC_ON_HOME = 12;

/** Series a page of a topic lists. */
export const SERIES_PER_TOPIC_PAGE = 100;

/** Claimants, and publishers, one page of /sources lists. */
export const SOURCES_PER_PAGE = 100;

/** Figures one CSV download of a series holds. */
export const MAX_CSV_FIGURES = 20_000;

export interface Truncation {
  seriesSlug: string;
  /** Figures read: the latest ones. */
  shown: number;
  /** Figures there are. */
  total: number;
}

const COUNT = new Intl.NumberFormat('en-GB');

/** "“Troops deployed” has 160,000 figures here; the latest 1,000 are shown." */
export function truncationNotice(truncation: Truncation, title: string): string {
  return `“${title}” has ${COUNT.format(truncation.total)} figures here, more than one view shows; the latest ${COUNT.format(truncation.shown)} are shown. Narrow the time range to see earlier ones.`;
}
