// Events: dated moments drawn on charts. Same rules as figures: validated whole before writing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parsePartialDate } from '@/lib/figures/period';
import { TOPICS, type PartialDate, type Topic } from '@/lib/figures/types';
import { readCsv } from './csv';
import { ImportError, type RowIssue } from './errors';
import { httpUrl } from './rows';

export const EVENT_COLUMNS = {
  required: ['slug', 'date', 'title', 'source'],
  optional: ['description', 'topics', 'url'],
} as const;

export interface EventRow {
  rowNumber: number;
  slug: string;
  date: PartialDate;
  title: string;
  description: string;
  topics: Topic[];
  source: string;
  url: string | null;
}

const eventRowSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id such as first-troops-counted'),
  date: z.string().transform((raw, ctx) => {
    const parsed = parsePartialDate(raw);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: raw === '' ? 'is empty; an event needs a date' : parsed.reason });
      return z.NEVER;
    }
    return parsed.value;
  }),
  title: z.string().min(1, 'is empty; a title is required'),
  description: z.string(),
  topics: z.string().transform((raw, ctx) => {
    const topics = raw.split(';').map((t) => t.trim()).filter(Boolean);
    const unknown = topics.filter((t) => !(TOPICS as readonly string[]).includes(t));
    if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `"${unknown.join(';')}" is not among ${TOPICS.join(', ')} (separate topics with ;)` });
    return [...new Set(topics)] as Topic[];
  }),
  source: z.string().min(1, 'is empty; say who reported the event'),
  url: httpUrl,
});

export async function parseEventsFile(file: string): Promise<EventRow[]> {
  const label = path.basename(file);
  const table = readCsv(await readFile(file), label, EVENT_COLUMNS);
  const issues: RowIssue[] = [];
  const rows: EventRow[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, values } of table.rows) {
    const complete = { description: '', topics: '', url: '', ...values };
    const parsed = eventRowSchema.safeParse(complete);
    if (!parsed.success) {
      for (const i of parsed.error.issues) issues.push({ row: rowNumber, column: String(i.path[0] ?? ''), message: i.message });
      continue;
    }
    const first = seen.get(parsed.data.slug);
    if (first) issues.push({ row: rowNumber, column: 'slug', message: `"${parsed.data.slug}" is already defined in row ${first}` });
    seen.set(parsed.data.slug, rowNumber);
    rows.push({ rowNumber, ...parsed.data });
  }
  if (issues.length > 0) throw new ImportError(label, issues);
  return rows;
}
