import { previewImageResponse } from '@/lib/previews/render-preview';
import { previewRevisionParams, seriesPreviewInput } from '@/lib/previews/load-preview-input';
import { siteOriginFor } from '@/lib/site-url';

/** The link preview of /series/<slug> (as of ?rev= or ?at=), 1200×630 PNG. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { searchParams } = new URL(request.url);
  const input = await seriesPreviewInput((await params).slug, searchParams, siteOriginFor(request));
  if (!input) return new Response('No such series.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { rev, at } = previewRevisionParams(searchParams);
  return previewImageResponse(input, (rev ?? at) === null ? 'latest' : 'fixed');
}
