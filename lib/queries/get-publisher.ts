import { getPrisma } from '@/lib/db';
import type { PublisherView } from '@/lib/figures/types';

export async function getPublisher(id: number): Promise<PublisherView | null> {
  return getPrisma().publisher.findUnique({ where: { id }, select: { id: true, name: true } });
}
