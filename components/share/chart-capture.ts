// Reads the charts of the page for the PNG and SVG downloads: each chart's own SVG as the reader sees
// it, with its computed styles written inline (the chart colours are CSS `light-dark()` values and
// theme variables, which mean nothing outside the page), in the light colour scheme whatever the
// reader's theme, since the picture is drawn on white. Then rasterises the composed SVG for the PNG.
import { SHARE_IMAGE_FONT, type ImageGraphic, type ImageLegendEntry, type ImagePanel, type TextStyle } from '@/lib/share/share-image';

/** The properties that decide how SVG draws, and are inherited: written where they differ from the parent. */
const INHERITED = [
  'visibility',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
];
/** Those that are not inherited: written where they differ from their initial value. */
const NOT_INHERITED: Record<string, string> = { display: 'inline', opacity: '1', overflow: 'visible' };
const PRESENTATION = [...INHERITED, ...Object.keys(NOT_INHERITED), 'color', 'class'];

/** Runs `read` with the whole page in its light colour scheme, restored before anything is painted. */
function inLightScheme<T>(read: () => T): T {
  const root = document.documentElement;
  const previous = root.style.colorScheme;
  root.style.colorScheme = 'light';
  try {
    return read();
  } finally {
    root.style.colorScheme = previous;
  }
}

function inlineSvg(svg: SVGSVGElement): ImageGraphic {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computedOf = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, index) => {
    const computed = getComputedStyle(original);
    computedOf.set(original, computed);
    const parent = original === svg ? undefined : computedOf.get(original.parentElement as Element);
    const declarations = [
      ...INHERITED.filter((name) => !parent || computed.getPropertyValue(name) !== parent.getPropertyValue(name)).map(
        (name) => `${name}:${computed.getPropertyValue(name)}`,
      ),
      ...Object.entries(NOT_INHERITED)
        .filter(([name, initial]) => computed.getPropertyValue(name) !== initial)
        .map(([name]) => `${name}:${computed.getPropertyValue(name)}`),
    ];
    const copy = copies[index];
    // The attributes may hold light-dark() or var() values; the computed style replaces them all.
    for (const name of PRESENTATION) copy.removeAttribute(name);
    copy.removeAttribute('style');
    if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

function text(element: Element | null): string | null {
  const value = element?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

function legendEntries(items: NodeListOf<Element>): ImageLegendEntry[] {
  return [...items].map((item) => {
    const icon = item.querySelector('svg');
    // The label is the item's text without the icon's (the "~" drawn in the "about" key, say).
    const label = [...item.childNodes].filter((node) => !(node instanceof SVGElement)).map((node) => node.textContent ?? '').join(' ');
    return { label: label.replace(/\s+/g, ' ').trim(), icon: icon ? inlineSvg(icon) : null };
  });
}

export interface CapturedView {
  panels: ImagePanel[];
  /** A legend shared by every panel (the explorer's), when the panels have none of their own. */
  legend: ImageLegendEntry[];
  /** The single panel's source line, drawn at the foot of the picture. */
  sourceLine: string | null;
}

/**
 * The charts matched by `selector`, each a <figure> that carries its title (aria-labelledby), its
 * chart, legend, the figures it could not draw and its source line, as the site's chart cards do.
 */
export function captureView(selector: string, viewTitle: string): CapturedView {
  return inLightScheme(() => {
    const figures = [...document.querySelectorAll(selector)];
    const single = figures.length === 1;
    const panels = figures.map((figure): ImagePanel => {
      const labelledBy = figure.getAttribute('aria-labelledby');
      const title = text(labelledBy ? document.getElementById(labelledBy) : null);
      // A chart comes in two sizes, one of them hidden: the one the reader sees.
      const chart = [...figure.querySelectorAll<SVGSVGElement>('svg[data-testid="chart-svg"]')].find((svg) => svg.getBoundingClientRect().width > 0);
      return {
        title: single && title === viewTitle ? null : title,
        unit: text(figure.querySelector('[data-testid="chart-unit"]')),
        chart: chart ? inlineSvg(chart) : null,
        // Who each colour and marker stands for, then what the marks (arrows, bars) mean.
        legend: legendEntries(figure.querySelectorAll('ul[aria-label^="Sources on the chart"] > li, ul[aria-label="Marks"] > li')),
        notes: [...figure.querySelectorAll('[data-testid="not-drawn"] p, [data-testid="repeats-note"]')].flatMap((p) => text(p) ?? []),
        sourceLine: single ? null : text(figure.querySelector('[data-testid="source-line"]')),
      };
    });
    const shared = panels.some((panel) => panel.legend.length > 0)
      ? []
      : legendEntries(document.querySelectorAll('[data-testid="explorer-legend"] li'));
    const sourceLine = single ? text(figures[0].querySelector('[data-testid="source-line"]')) : null;
    return { panels, legend: shared, sourceLine };
  });
}

/** Text widths as the browser will draw the downloaded SVG. */
export function browserMeasure(): (text: string, style: TextStyle) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (value, style) => {
    if (!context) return value.length * style.size * 0.6;
    context.font = `${style.weight} ${style.size}px ${SHARE_IMAGE_FONT}`;
    return context.measureText(value).width;
  };
}

/** The SVG drawn into a canvas at `scale` times its size, as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is freed a little later for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
