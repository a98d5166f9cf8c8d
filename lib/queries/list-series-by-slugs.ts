import type { PrismaClient } from '@/generated/prisma/client';
import { getPrisma } from '@/lib/db';
import type { SeriesView } from '@/lib/figures/types';
import { toSeriesView } from './figure-rows';

/** The series with these slugs, in the order given; slugs that name no series are left out. */
export async function listSeriesBySlugs(slugs: string[], db: PrismaClient = getPrisma()): Promise<SeriesView[]> {
  if (slugs.length === 0) return [];
  const rows = await db.series.findMany({ where: { slug: { in: slugs } } });
  const bySlug = new Map(rows.map((row) => [row.slug, toSeriesView(row)]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}
