import { getPrisma } from '@/lib/db';

export interface StoredShortLink {
  code: string;
  path: string;
  query: string;
}

export async function getShortLink(code: string): Promise<StoredShortLink | null> {
  return getPrisma().shortLink.findUnique({ where: { code }, select: { code: true, path: true, query: true } });
}
