// The curation list of events: each event's current version (retired ones too, since an edit brings
// one back), searched by title, slug or source (every word must match), newest first, one bounded
// page at a time.
import type { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import { partialDateFromDb } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';
import { searchWords } from './search-words';

export const ADMIN_EVENTS_PAGE_SIZE = 50;

export interface AdminEventRow {
  slug: string;
  version: number;
  date: PartialDate | null;
  title: string;
  source: string;
  retired: boolean;
}

export async function listAdminEvents(request: { search?: string; page: number }): Promise<{ rows: AdminEventRow[]; total: number }> {
  const words = searchWords(request.search ?? '');
  const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });
  const where: Prisma.EventVersionWhereInput = {
    AND: [{ validToRev: null }, ...words.map((word) => ({ OR: [{ title: contains(word) }, { source: contains(word) }, { event: { slug: contains(word) } }] }))],
  };
  const [rows, total] = await Promise.all([
    getPrisma().eventVersion.findMany({
      where,
      orderBy: [{ occurredOn: 'desc' }, { eventId: 'desc' }],
      skip: (request.page - 1) * ADMIN_EVENTS_PAGE_SIZE,
      take: ADMIN_EVENTS_PAGE_SIZE,
      include: { event: { select: { slug: true } } },
    }),
    getPrisma().eventVersion.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({
      slug: row.event.slug,
      version: row.version,
      date: partialDateFromDb(row.occurredOn, row.occurredOnPrecision),
      title: row.title,
      source: row.source,
      retired: row.change === 'retired',
    })),
    total,
  };
}
