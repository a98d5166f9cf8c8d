// The one schema of a series, for a CSV row, a form and the API alike; fields named as the read API
// names them (lib/api/schemas.ts seriesSchema).
import { SERIES_KINDS, TOPICS, type SeriesKind, type Topic } from '@/lib/figures/types';
import { oneOf, parseShape, prose, requiredText, slug, type FieldIssue } from './field-rules';

/** What a series version stores. */
export interface SeriesContent {
  title: string;
  topic: Topic;
  description: string;
}

export interface SeriesDraft extends SeriesContent {
  slug: string;
  unit: string;
  kind: SeriesKind;
}

const SERIES_SHAPE = {
  slug: slug('troops-deployed'),
  title: requiredText('a title'),
  unit: requiredText('a unit'),
  topic: oneOf(TOPICS),
  kind: oneOf(SERIES_KINDS),
  description: prose(),
};

/** A series as a form or the API may send it. */
export type SeriesInput = { [K in keyof SeriesDraft]?: string | null };

export function parseSeriesInput(input: unknown): { ok: true; series: SeriesDraft } | { ok: false; issues: FieldIssue[] } {
  const parsed = parseShape(SERIES_SHAPE, input);
  return parsed.ok ? { ok: true, series: parsed.value } : parsed;
}
