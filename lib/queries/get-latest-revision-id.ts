import { getPrisma } from '@/lib/db';

/** The newest dataset revision, or null before the first import. */
export async function getLatestRevisionId(): Promise<number | null> {
  const result = await getPrisma().datasetRevision.aggregate({ _max: { id: true } });
  return result._max.id;
}
