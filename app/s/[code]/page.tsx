import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { shortLinkMetadata } from '@/lib/share/metadata';
import { resolveShortLink } from '@/lib/short-links';

interface ShortLinkPageProps {
  params: Promise<{ code: string }>;
}

export async function generateMetadata({ params }: ShortLinkPageProps): Promise<Metadata> {
  return shortLinkMetadata((await params).code);
}

/** A short link leads to the view it was made for; a code that is malformed or unknown is a 404. */
export default async function ShortLinkPage({ params }: ShortLinkPageProps) {
  const { code } = await params;
  const target = await resolveShortLink(code);
  if (!target) notFound();
  redirect(target);
}
