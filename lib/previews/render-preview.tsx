// Draws a preview to PNG with next/og (satori and resvg; its bundled Geist font keeps it working
// offline). The image is rendered in full before the response starts, so a failure becomes a plain
// fallback image (and a logged error) instead of a 200 with a broken body.
import { ImageResponse } from 'next/og';
import { PreviewImage } from '@/components/previews/preview-image';
import { PREVIEW_INK } from '@/components/previews/preview-colors';
import { buildPreview, PREVIEW_LAYOUT, type PreviewInput } from './preview-content';

export type PreviewCache = 'fixed' | 'latest';

const CACHE_CONTROL: Record<PreviewCache, string> = {
  // Drawn from one revision, which never changes; a day, since the short link shown may be made later.
  fixed: 'public, max-age=86400',
  latest: 'public, max-age=300',
};

const SIZE = { width: PREVIEW_LAYOUT.width, height: PREVIEW_LAYOUT.height };

function Fallback({ title }: { title: string }) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        width: SIZE.width,
        height: SIZE.height,
        padding: 80,
        backgroundColor: PREVIEW_INK.background,
        color: PREVIEW_INK.text,
        borderTop: `10px solid ${PREVIEW_INK.accent}`,
      }}
    >
      <div style={{ display: 'flex', fontSize: 64 }}>Sourced Figures</div>
      <div style={{ display: 'flex', fontSize: 32, marginTop: 24, color: PREVIEW_INK.muted }}>{title}</div>
    </div>
  );
}

async function png(element: React.ReactElement): Promise<ArrayBuffer> {
  return new ImageResponse(element, SIZE).arrayBuffer();
}

export async function previewImageResponse(input: PreviewInput, cache: PreviewCache): Promise<Response> {
  const headers = { 'Content-Type': 'image/png', 'Cache-Control': CACHE_CONTROL[cache] };
  try {
    return new Response(await png(<PreviewImage content={buildPreview(input)} />), { headers });
  } catch (error) {
    console.error('preview image could not be drawn; sending the fallback', error);
    return new Response(await png(<Fallback title="Every number carries its source" />), {
      headers: { ...headers, 'Cache-Control': CACHE_CONTROL.latest },
    });
  }
}
