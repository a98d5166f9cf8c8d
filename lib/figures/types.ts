// Domain types shared by the importer, the queries and the charts. They mirror the Prisma enums
// but stay free of Prisma so that client components can import them.

export const TOPICS = ['munitions', 'troops', 'children', 'education', 'labour', 'economy'] as const;
export type Topic = (typeof TOPICS)[number];

export const SERIES_KINDS = ['cumulative', 'level', 'flow', 'target', 'rate', 'change'] as const;
export type SeriesKind = (typeof SERIES_KINDS)[number];

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'more_than', 'up_to', 'less_than', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What a version did to its figure. */
export const CHANGE_KINDS = ['created', 'corrected', 'retired'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date known only to its year, month or day. `date` is the first day it covers, `YYYY-MM-DD`. */
export interface PartialDate {
  date: string;
  precision: DatePrecision;
}

export interface SeriesView {
  id: number;
  slug: string;
  title: string;
  unit: string;
  topic: Topic;
  kind: SeriesKind;
  description: string;
}

export interface ClaimantView {
  id: number;
  name: string;
  organization: string;
}

export interface PublisherView {
  id: number;
  name: string;
}

/** One figure as the reader sees it: the current (or as-of) version with its full citation. */
export interface FigureView {
  figureId: number;
  versionId: number;
  version: number;
  seriesSlug: string;
  /** Exact decimals travel as strings; never round-trip them through floats before display. */
  value: string;
  qualifier: Qualifier;
  valueLow: string | null;
  valueHigh: string | null;
  periodStart: PartialDate | null;
  periodEnd: PartialDate | null;
  claimant: ClaimantView;
  via: string | null;
  publisher: PublisherView;
  url: string | null;
  publicationTitle: string | null;
  publishedOn: PartialDate | null;
  quote: string | null;
  note: string | null;
  /** The dataset revision that wrote this version. */
  revision: number;
}
