// The one schema of a series, for a CSV row, a form and the API alike; fields named as the read API
// names them (lib/api/schemas.ts seriesSchema).
import { z } from 'zod';
import { SERIES_KINDS, TOPICS, type SeriesKind, type Topic } from '@/lib/figures/types';
import { fieldIssues, oneOf, prose, requiredText, slug, withAbsentAsNull } from './field-rules';
import type { FieldIssue } from './figure-input';

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

const seriesSchema = z.strictObject({
  slug: slug('troops-deployed'),
  title: requiredText('a title'),
  unit: requiredText('a unit'),
  topic: oneOf(TOPICS),
  kind: oneOf(SERIES_KINDS),
  description: prose(),
});

const SHAPE = { slug: true, title: true, unit: true, topic: true, kind: true, description: true };

export type SeriesInput = z.input<typeof seriesSchema>;

export function parseSeriesInput(input: unknown): { ok: true; series: SeriesDraft } | { ok: false; issues: FieldIssue[] } {
  const parsed = seriesSchema.safeParse(withAbsentAsNull(input, SHAPE));
  return parsed.success ? { ok: true, series: parsed.data } : { ok: false, issues: fieldIssues(parsed.error) };
}
