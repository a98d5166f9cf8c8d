// The downloadable picture of a view (SVG, and PNG rasterised from it in the browser): the title, each
// chart as the page drew it, its legend, what it could not draw, the source line, the revision and the
// permalink, so that the file still says where every number comes from when it travels without the
// page. Built as a string here, pure: the browser supplies the charts' markup and a text measure.
// Every piece of text is escaped for XML; chart markup arrives already serialized by the browser.
import { wrapText } from '@/lib/previews/text-fit';
import { escapeXml } from '@/lib/xml';

export interface TextStyle {
  size: number;
  weight: 400 | 600 | 700;
}

export type TextMeasure = (text: string, style: TextStyle) => number;

/** A piece of SVG markup (a whole <svg> element) and the size it was drawn at. */
export interface ImageGraphic {
  markup: string;
  width: number;
  height: number;
}

export interface ImageLegendEntry {
  label: string;
  icon: ImageGraphic | null;
}

export interface ImagePanel {
  /** Null when the panel is the view itself and the image title already names it. */
  title: string | null;
  /** The value axis' label, e.g. the unit. */
  unit: string | null;
  chart: ImageGraphic | null;
  legend: ImageLegendEntry[];
  /** "Not drawn: no date given (1)", and the like. */
  notes: string[];
  /** The panel's own source line, when the view has several panels. */
  sourceLine: string | null;
}

export interface ShareImageInput {
  title: string;
  panels: ImagePanel[];
  /** A legend that applies to every panel, drawn above them. */
  legend: ImageLegendEntry[];
  /** The view's source line, drawn at the bottom. */
  sourceLine: string | null;
  /** "Data as of 28 Nov 2026 · revision 12" */
  asOf: string | null;
  /** Absolute. */
  permalink: string;
  measure: TextMeasure;
}

export interface ShareImage {
  svg: string;
  width: number;
  height: number;
}

export const SHARE_IMAGE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const INK = { text: '#18181b', muted: '#52525b', accent: '#075985', rule: '#d4d4d8', background: '#ffffff' };
const PAD = 24;
const MIN_WIDTH = 600;
const MAX_WIDTH = 1400;
const ICON = 16;

const round = (n: number) => Number(n.toFixed(2));

class Canvas {
  readonly parts: string[] = [];
  y = PAD;

  constructor(
    readonly width: number,
    private readonly measure: TextMeasure,
  ) {}

  get inner(): number {
    return this.width - 2 * PAD;
  }

  /** Wrapped text, top-aligned at the current position; returns nothing, advances `y`. */
  text(text: string, style: TextStyle, color: string, options: { gapAfter?: number; href?: string } = {}): void {
    const lineHeight = Math.round(style.size * 1.35);
    const { lines } = wrapText(text, { width: this.inner, maxLines: Infinity, measure: (line) => this.measure(line, style) });
    for (const line of lines) {
      const baseline = round(this.y + style.size);
      const element = `<text x="${PAD}" y="${baseline}" font-size="${style.size}" font-weight="${style.weight}" fill="${color}">${escapeXml(line)}</text>`;
      this.parts.push(
        options.href ? `<a href="${escapeXml(options.href)}" xlink:href="${escapeXml(options.href)}">${element}</a>` : element,
      );
      this.y += lineHeight;
    }
    this.y += options.gapAfter ?? 0;
  }

  graphic(graphic: ImageGraphic, x: number, y: number, scale: number): void {
    this.parts.push(`<g transform="translate(${round(x)} ${round(y)}) scale(${round(scale)})">${graphic.markup}</g>`);
  }

  chart(chart: ImageGraphic): void {
    const scale = Math.min(1, this.inner / chart.width);
    this.graphic(chart, PAD, this.y, scale);
    this.y += chart.height * scale + 6;
  }

  legend(entries: ImageLegendEntry[]): void {
    if (entries.length === 0) return;
    const style: TextStyle = { size: 12, weight: 400 };
    const rowHeight = 20;
    let x = PAD;
    for (const entry of entries) {
      const label = escapeXml(entry.label);
      const width = ICON + 6 + this.measure(entry.label, style);
      if (x > PAD && x + width > this.width - PAD) {
        x = PAD;
        this.y += rowHeight;
      }
      if (entry.icon) this.graphic(entry.icon, x, this.y + 1, ICON / Math.max(entry.icon.width, entry.icon.height));
      this.parts.push(`<text x="${round(x + ICON + 6)}" y="${round(this.y + 13)}" font-size="12" fill="${INK.muted}">${label}</text>`);
      x += width + 16;
    }
    this.y += rowHeight + 4;
  }

  rule(): void {
    this.y += 4;
    this.parts.push(`<path d="M${PAD} ${round(this.y)} H${this.width - PAD}" stroke="${INK.rule}" stroke-width="1"/>`);
    this.y += 8;
  }
}

export function composeShareImage(input: ShareImageInput): ShareImage {
  const widest = input.panels.reduce((most, panel) => Math.max(most, panel.chart?.width ?? 0), 0);
  const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2 * PAD)));
  const canvas = new Canvas(width, input.measure);

  canvas.text('Sourced Figures', { size: 13, weight: 600 }, INK.accent, { gapAfter: 2 });
  canvas.text(input.title, { size: 22, weight: 700 }, INK.text, { gapAfter: 8 });
  canvas.legend(input.legend);
  for (const panel of input.panels) {
    if (panel.title) canvas.text(panel.title, { size: 16, weight: 600 }, INK.text, { gapAfter: 2 });
    if (panel.unit) canvas.text(panel.unit, { size: 12, weight: 400 }, INK.muted);
    if (panel.chart) canvas.chart(panel.chart);
    canvas.legend(panel.legend);
    for (const note of panel.notes) canvas.text(note, { size: 12, weight: 400 }, INK.muted);
    if (panel.sourceLine) canvas.text(panel.sourceLine, { size: 12, weight: 400 }, INK.muted);
    canvas.y += 12;
  }
  canvas.rule();
  if (input.sourceLine) canvas.text(input.sourceLine, { size: 13, weight: 400 }, INK.text, { gapAfter: 4 });
  if (input.asOf) canvas.text(input.asOf, { size: 13, weight: 400 }, INK.muted);
  canvas.text(input.permalink, { size: 13, weight: 600 }, INK.accent, { href: input.permalink });
  const height = Math.ceil(canvas.y + PAD - 8);

  const description = [input.sourceLine, input.asOf, input.permalink].filter(Boolean).join(' ');
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"` +
    ` viewBox="0 0 ${width} ${height}" font-family="${escapeXml(SHARE_IMAGE_FONT)}">` +
    `<title>${escapeXml(input.title)}</title><desc>${escapeXml(description)}</desc>` +
    `<rect width="100%" height="100%" fill="${INK.background}"/>` +
    canvas.parts.join('') +
    `</svg>\n`;
  return { svg, width, height };
}
