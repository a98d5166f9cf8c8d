import { explorerPreviewInput, previewRevisionParams } from '@/lib/previews/load-preview-input';
import { previewImageResponse } from '@/lib/previews/render-preview';
import { siteOriginFor } from '@/lib/site-url';

/** The link preview of /explore?<state> (as of its rev= or ?at=), 1200×630 PNG. */
export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const input = await explorerPreviewInput(searchParams, siteOriginFor(request));
  const { rev, at } = previewRevisionParams(searchParams);
  return previewImageResponse(input, (rev ?? at) === null ? 'latest' : 'fixed');
}
