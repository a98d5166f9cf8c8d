import { getPrisma } from '@/lib/db';
import type { SeriesView } from '@/lib/figures/types';
import { toSeriesView } from './figure-rows';

export async function getSeriesBySlug(slug: string): Promise<SeriesView | null> {
  const row = await getPrisma().series.findUnique({ where: { slug } });
  return row ? toSeriesView(row) : null;
}
