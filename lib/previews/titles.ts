// Titles of views that have no stored title of their own, shared by the pages, their metadata and
// their preview images.

export const HOME_TITLE = 'North Korea’s support for Russia’s war, in sourced figures';

/** An explorer view's title from its series: "A", "A and B", "A, B and C", "A, B and 3 more series". */
export function explorerTitle(titles: readonly string[]): string {
  if (titles.length === 0) return 'Compare sourced figures over time';
  if (titles.length === 1) return titles[0];
  // Past three, a title that names every series is too long to read in a tab, a card or a citation;
  // each panel names its own series.
  if (titles.length > 3) return `${titles.slice(0, 2).join(', ')} and ${titles.length - 2} more series`;
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}
