// Figures for unit tests: one series and a figure with every field set, to override per test.
import type { FigureView, SeriesView } from '@/lib/figures/types';

export const SHELLS: SeriesView = {
  id: 1,
  slug: 'shells-delivered',
  title: 'Artillery shells sent to Russia (running total)',
  unit: 'shells',
  topic: 'munitions',
  kind: 'cumulative',
  description: 'Running total of North Korean artillery shells said to have reached Russia.',
};

export function figure(overrides: Partial<FigureView> = {}): FigureView {
  return {
    figureId: 1,
    versionId: 1,
    version: 1,
    seriesSlug: 'shells-delivered',
    value: '6500000',
    qualifier: 'approx',
    valueLow: null,
    valueHigh: null,
    periodStart: { date: '2023-01-01', precision: 'year' },
    periodEnd: { date: '2025-11-01', precision: 'month' },
    claimant: { id: 1, name: 'Vadym Skibitskyi', organization: "Ukraine's Defense Intelligence (HUR)" },
    via: null,
    publisher: { id: 1, name: 'TSN.ua' },
    url: null,
    publicationTitle: null,
    publishedOn: null,
    quote: null,
    note: null,
    revision: 1,
    ...overrides,
  };
}
