// The one schema of an event, for a CSV row, a form and the API alike; fields named as the explorer's
// events are (lib/figures/chart-events.ts ExplorerEvent). Topics come as a list, or as the CSV
// writes them, separated by ";".
import { TOPICS, type PartialDate, type Topic } from '@/lib/figures/types';
import { httpUrl, parseShape, partialDate, prose, requiredText, slug, type FieldIssue, type Rule } from './field-rules';

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

const topics: Rule<Topic[]> = (raw, report) => {
  let names: unknown[];
  if (raw === null || raw === undefined) names = [];
  else if (typeof raw === 'string') names = raw.split(';');
  else if (Array.isArray(raw)) names = raw;
  else {
    report(`must be a list of topics among ${TOPICS.join(', ')}`);
    return [];
  }
  const given = names.map((t) => (typeof t === 'string' ? t.trim() : String(t))).filter(Boolean);
  const unknown = given.filter((t) => !(TOPICS as readonly string[]).includes(t));
  if (unknown.length > 0) report(`"${unknown.join(';')}" is not among ${TOPICS.join(', ')} (separate topics with ;)`);
  // Stored in the order topics are presented, so that the same set always compares equal.
  return TOPICS.filter((t) => given.includes(t));
};

const EVENT_SHAPE = {
  slug: slug('first-troops-counted'),
  date: partialDate('is empty; an event needs a date'),
  title: requiredText('a title'),
  description: prose(),
  topics,
  source: requiredText('the source', 'is empty; say who reported the event'),
  url: httpUrl,
};

/** An event as a form or the API may send it: the date as text or { date, precision }, topics as a list. */
export type EventInput = { slug?: string; date?: string | PartialDate; title?: string; description?: string | null; topics?: Topic[] | string | null; source?: string; url?: string | null };

export function parseEventInput(input: unknown): { ok: true; event: EventDraft } | { ok: false; issues: FieldIssue[] } {
  const parsed = parseShape(EVENT_SHAPE, input);
  if (!parsed.ok) return parsed;
  return { ok: true, event: { ...parsed.value, date: parsed.value.date as PartialDate } };
}
