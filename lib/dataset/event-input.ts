// The one schema of an event, for a CSV row, a form and the API alike; fields named as the explorer's
// events are (lib/figures/explorer-series.ts ExplorerEvent). Topics come as a list, or as the CSV
// writes them, separated by ";".
import { z } from 'zod';
import { TOPICS, type PartialDate, type Topic } from '@/lib/figures/types';
import { fieldIssues, httpUrl, partialDate, prose, requiredText, slug, withAbsentAsNull } from './field-rules';
import type { FieldIssue } from './figure-input';

/** What an event version stores. */
export interface EventContent {
  date: PartialDate;
  title: string;
  description: string;
  topics: Topic[];
  source: string;
  url: string | null;
}

export interface EventDraft extends EventContent {
  slug: string;
}

const topics = z.unknown().transform((raw, ctx): Topic[] => {
  let names: unknown[];
  if (raw === null || raw === undefined) names = [];
  else if (typeof raw === 'string') names = raw.split(';');
  else if (Array.isArray(raw)) names = raw;
  else {
    ctx.addIssue({ code: 'custom', message: `must be a list of topics among ${TOPICS.join(', ')}` });
    return [];
  }
  const given = names.map((t) => (typeof t === 'string' ? t.trim() : String(t))).filter(Boolean);
  const unknown = given.filter((t) => !(TOPICS as readonly string[]).includes(t));
  if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `"${unknown.join(';')}" is not among ${TOPICS.join(', ')} (separate topics with ;)` });
  // Stored in the order topics are presented, so that the same set always compares equal.
  return TOPICS.filter((t) => given.includes(t));
});

const eventSchema = z.strictObject({
  slug: slug('first-troops-counted'),
  date: partialDate('is empty; an event needs a date'),
  title: requiredText('a title'),
  description: prose(),
  topics,
  source: requiredText('the source', 'is empty; say who reported the event'),
  url: httpUrl,
});

const SHAPE = { slug: true, date: true, title: true, description: true, topics: true, source: true, url: true };

export type EventInput = z.input<typeof eventSchema>;

export function parseEventInput(input: unknown): { ok: true; event: EventDraft } | { ok: false; issues: FieldIssue[] } {
  const parsed = eventSchema.safeParse(withAbsentAsNull(input, SHAPE));
  if (!parsed.success) return { ok: false, issues: fieldIssues(parsed.error) };
  return { ok: true, event: { ...parsed.data, date: parsed.data.date as PartialDate } };
}
