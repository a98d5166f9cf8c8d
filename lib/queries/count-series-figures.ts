import { getPrisma } from '@/lib/db';
import { visibleVersionsWhere } from './figure-rows';

/** How many figures a series shows, as of a revision or now. */
export async function countSeriesFigures(seriesId: number, options: { asOfRevision?: number } = {}): Promise<number> {
  return getPrisma().figureVersion.count({ where: { seriesId, ...visibleVersionsWhere(options.asOfRevision) } });
}
