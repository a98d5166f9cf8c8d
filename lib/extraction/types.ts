// What the extractor proposes, and the reference data it is given. The engine reads no database: the
// series, claimants and figures it compares against come in as arguments.
import type { Qualifier, SeriesKind } from '@/lib/figures/types';

/** One proposed figure, with exactly the fields an editor reviews and the API returns. */
export interface Candidate {
  /** For a range, its midpoint. Money is in whole currency units: "$34.4 mln" is 34400000. */
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  /** "troops", "USD per hour", "percent"; null when the text never names what is counted. */
  unit: string | null;
  /** The counted noun phrase, "North Korean soldiers", or what money or a percentage measures. */
  what: string | null;
  /** An existing claimant's name when one matches, else the name as the text gives it. */
  claimant: string | null;
  claimant_org: string | null;
  /** Who passed the claim on: a lawmaker briefed by an agency, an outlet it told. */
  via: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  period_start: string | null;
  period_end: string | null;
  /** The sentence, verbatim: `text.slice(start, end) === quote`. */
  quote: string;
  start: number;
  end: number;
  /** Suggested series slug, or null when none scores high enough. */
  series: string | null;
  /** 0 to 1: how sure the extractor is that this is a figure with the fields it found. */
  confidence: number;
}

export interface SeriesInfo {
  slug: string;
  title: string;
  unit: string;
  kind: SeriesKind;
  topic: string;
  description: string;
}

export interface ClaimantInfo {
  id?: number;
  name: string;
  organization: string;
}

/** A figure already in the data, as the already-recorded check needs it. */
export interface RecordedFigure {
  figureId: number;
  seriesSlug: string;
  /** Decimal as stored, in the series' unit ("34.4" for a series in million USD). */
  value: string;
  claimant: string;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface ExtractOptions {
  /** Publication date, YYYY, YYYY-MM or YYYY-MM-DD: relative periods ("last year") resolve against it. */
  published?: string | null;
  series?: readonly SeriesInfo[];
  claimants?: readonly ClaimantInfo[];
}

export interface ReviewOptions extends ExtractOptions {
  figures?: readonly RecordedFigure[];
}

/** A candidate with what the review page shows beside it. */
export interface ReviewedCandidate {
  candidate: Candidate;
  /** Score of the suggested series, 0 to 1, or null when none was suggested. */
  seriesScore: number | null;
  /** The matched existing claimant, when the claimant is one. */
  claimantId: number | null;
  /** "Already recorded as figure N": same claimant, value and period. */
  recordedAs: number | null;
}
