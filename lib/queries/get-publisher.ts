import { cache } from 'react';
import { getPrisma } from '@/lib/db';
import type { PublisherView } from '@/lib/figures/types';
import { parseRecordId } from './parse-record-id';

/**
 * The publisher a page's [id] segment names, or null for a malformed or unknown id. Read once per
 * request, though the layout, the metadata and the page all ask.
 */
export const getPublisher = cache(async (idParam: string): Promise<PublisherView | null> => {
  const id = parseRecordId(idParam);
  if (id === null) return null;
  return getPrisma().publisher.findUnique({ where: { id }, select: { id: true, name: true } });
});
