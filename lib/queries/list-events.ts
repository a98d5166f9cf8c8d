import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import { rangeEndExclusive, rangeSpan, spansOverlap, type DateRange } from '@/lib/figures/explorer-range';
import type { ExplorerEvent } from '@/lib/figures/explorer-series';
import { partialDateFromDb, partialDateSpan } from '@/lib/figures/period';
import type { Topic } from '@/lib/figures/types';
import { visibleVersionsWhere } from './figure-rows';

export interface ListEventsRequest {
  /** Events tagged with any of these topics, or with none (they concern every chart). */
  topics: Topic[];
  range: DateRange;
  /** The events as they stood at this dataset revision; the current ones when null. */
  asOfRevision: number | null;
}

/**
 * The dated events to draw on charts of the given topics within the range, oldest first, each as its
 * version visible at the revision asked for (events are versioned like figures). A date is stored as
 * its first day, so an event known only to its year starts up to a year before the range it
 * overlaps: the indexed lower bound leaves that year of slack, and the exact test follows.
 */
export async function listEvents(request: ListEventsRequest, db: PrismaClient = getPrisma()): Promise<ExplorerEvent[]> {
  if (request.topics.length === 0) return [];
  const from = request.range.from ? new Date(`${request.range.from.date}T00:00:00.000Z`) : null;
  if (from) from.setUTCFullYear(from.getUTCFullYear() - 1);
  const rows = await db.eventVersion.findMany({
    where: {
      AND: [visibleVersionsWhere(request.asOfRevision), { OR: [{ topics: { hasSome: request.topics } }, { topics: { isEmpty: true } }] }],
      occurredOn: {
        ...(from ? { gt: from } : {}),
        ...(request.range.to ? { lt: new Date(`${rangeEndExclusive(request.range.to)}T00:00:00.000Z`) } : {}),
      },
    },
    include: { event: { select: { slug: true } } },
    orderBy: [{ occurredOn: 'asc' }, { event: { slug: 'asc' } }],
  });
  const range = rangeSpan(request.range);
  return rows.flatMap((row) => {
    const date = partialDateFromDb(row.occurredOn, row.occurredOnPrecision);
    if (!date || !spansOverlap(partialDateSpan(date), range)) return [];
    return [{ slug: row.event.slug, date, title: row.title, description: row.description, topics: row.topics, source: row.source, url: row.url }];
  });
}
