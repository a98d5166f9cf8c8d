// The curation list of figures: current versions, optionally of one series, searched by claimant,
// publisher, quote or note, one bounded page at a time.
import type { Prisma } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import { visibleVersionsWhere } from './figure-rows';

export const ADMIN_FIGURES_PAGE_SIZE = 50;

export interface AdminFigureRow {
  figureId: number;
  version: number;
  value: string;
  seriesTitle: string;
  claimant: string;
  publisher: string;
}

export async function listAdminFigures(request: { seriesId?: number; search?: string; page: number }): Promise<{ rows: AdminFigureRow[]; total: number }> {
  const search = request.search?.trim();
  const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });
  const where: Prisma.FigureVersionWhereInput = {
    ...visibleVersionsWhere(),
    ...(request.seriesId === undefined ? {} : { seriesId: request.seriesId }),
    ...(search
      ? { OR: [{ quote: contains(search) }, { note: contains(search) }, { claimant: { name: contains(search) } }, { publisher: { name: contains(search) } }] }
      : {}),
  };
  const [rows, total] = await Promise.all([
    getPrisma().figureVersion.findMany({
      where,
      orderBy: { figureId: 'desc' },
      skip: (request.page - 1) * ADMIN_FIGURES_PAGE_SIZE,
      take: ADMIN_FIGURES_PAGE_SIZE,
      include: { series: { select: { title: true } }, claimant: { select: { name: true } }, publisher: { select: { name: true } } },
    }),
    getPrisma().figureVersion.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({
      figureId: row.figureId,
      version: row.version,
      value: row.value.toString(),
      seriesTitle: row.series.title,
      claimant: row.claimant.name,
      publisher: row.publisher.name,
    })),
    total,
  };
}
