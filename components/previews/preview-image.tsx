// The link preview image (1200×630) for next/og's renderer, which supports flexbox and a subset of
// CSS. Every line of text arrives already fitted (lib/previews/preview-content.ts) and is drawn as its
// own clipped, non-wrapping box, so text from the data can neither wrap further nor overflow. Strings
// are drawn as text nodes: markup in the data shows as the characters it is.
import type { PreviewContent, PreviewTile, SinglePreview, TilesPreview } from '@/lib/previews/preview-content';
import { PREVIEW_LAYOUT as L } from '@/lib/previews/preview-content';
import { MiniChartSvg } from './mini-chart-svg';
import { PREVIEW_INK } from './preview-colors';

export interface PreviewImageProps {
  content: PreviewContent;
}

interface LinesProps {
  lines: readonly string[];
  fontSize: number;
  lineHeight: number;
  color?: string;
  width?: number;
}

function Lines({ lines, fontSize, lineHeight, color = PREVIEW_INK.text, width }: LinesProps) {
  if (lines.length === 0) return null;
  return (
    // The renderer rejects style properties whose value is undefined.
    <div style={{ display: 'flex', flexDirection: 'column', ...(width === undefined ? {} : { width }) }}>
      {lines.map((line, index) => (
        <div
          key={index}
          style={{ display: 'flex', height: lineHeight, fontSize, lineHeight: `${lineHeight}px`, color, whiteSpace: 'nowrap', overflow: 'hidden' }}
        >
          {line}
        </div>
      ))}
    </div>
  );
}

function ChartNote({ text, width, height }: { text: string; width: number; height: number }) {
  return (
    <div
      style={{
        display: 'flex',
        width,
        height,
        alignItems: 'center',
        justifyContent: 'center',
        border: `2px dashed ${PREVIEW_INK.grid}`,
        borderRadius: 12,
        fontSize: 20,
        color: PREVIEW_INK.muted,
      }}
    >
      {text}
    </div>
  );
}

function SingleMiddle({ content }: { content: SinglePreview }) {
  const S = L.single;
  const chartWidth = L.width - 2 * L.padX - S.leftWidth - S.columnGap;
  return (
    <div style={{ display: 'flex', height: S.middleHeight, gap: S.columnGap }}>
      <div style={{ display: 'flex', flexDirection: 'column', width: S.leftWidth, height: S.middleHeight, overflow: 'hidden', gap: S.blockGap }}>
        <Lines lines={[content.label.toUpperCase()]} {...S.label} color={PREVIEW_INK.faint} />
        <Lines lines={content.quantity} {...S.quantity} color={PREVIEW_INK.text} />
        <Lines lines={content.detail} {...S.detail} color={PREVIEW_INK.muted} />
        <Lines lines={content.quote} {...S.quote} color={PREVIEW_INK.faint} />
      </div>
      {content.chart ? (
        <MiniChartSvg chart={content.chart} />
      ) : (
        <ChartNote text={content.chartNote ?? ''} width={chartWidth} height={S.middleHeight} />
      )}
    </div>
  );
}

function Tile({ tile, width }: { tile: PreviewTile; width: number }) {
  const T = L.tiles;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width, height: T.middleHeight, overflow: 'hidden', gap: T.blockGap }}>
      <Lines lines={tile.title} {...T.tileTitle} color={PREVIEW_INK.text} />
      <Lines lines={tile.quantity} {...T.quantity} color={PREVIEW_INK.accent} />
      <Lines lines={tile.detail} {...T.detail} color={PREVIEW_INK.muted} />
      {tile.chart ? <MiniChartSvg chart={tile.chart} /> : <ChartNote text={tile.chartNote ?? ''} width={width} height={T.minChartHeight} />}
    </div>
  );
}

function TilesMiddle({ content }: { content: TilesPreview }) {
  const T = L.tiles;
  const count = Math.max(1, content.tiles.length);
  const width = (L.width - 2 * L.padX - (count - 1) * T.gap) / count;
  return (
    <div style={{ display: 'flex', height: T.middleHeight, gap: T.gap }}>
      {content.tiles.map((tile, index) => (
        <Tile key={index} tile={tile} width={width} />
      ))}
    </div>
  );
}

export function PreviewImage({ content }: PreviewImageProps) {
  const heading = content.layout === 'single' ? L.single.title : L.tiles.title;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: L.width,
        height: L.height,
        padding: `${L.padTop}px ${L.padX}px ${L.padBottom}px`,
        backgroundColor: PREVIEW_INK.background,
        color: PREVIEW_INK.text,
        borderTop: `10px solid ${PREVIEW_INK.accent}`,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: L.eyebrow.lineHeight }}>
        <div style={{ display: 'flex', fontSize: L.eyebrow.fontSize, color: PREVIEW_INK.accent, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {content.eyebrow}
        </div>
        {content.asOf ? (
          <div style={{ display: 'flex', fontSize: L.asOf.fontSize, color: PREVIEW_INK.faint, whiteSpace: 'nowrap' }}>{content.asOf}</div>
        ) : null}
      </div>
      <div style={{ display: 'flex', marginTop: 10, height: heading.lineHeight * heading.maxLines }}>
        <Lines lines={content.title} fontSize={heading.fontSize} lineHeight={heading.lineHeight} />
      </div>
      <div style={{ display: 'flex', marginTop: L.gap }}>
        {content.layout === 'single' ? <SingleMiddle content={content} /> : <TilesMiddle content={content} />}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: 'auto' }}>
        <div style={{ display: 'flex', borderTop: `1px solid ${PREVIEW_INK.grid}`, paddingTop: 8 }}>
          <Lines lines={content.sources} {...L.sources} color={PREVIEW_INK.muted} />
        </div>
        <div style={{ display: 'flex', marginTop: 6 }}>
          <Lines lines={[content.permalink]} {...L.footer} color={PREVIEW_INK.accent} />
        </div>
      </div>
    </div>
  );
}
