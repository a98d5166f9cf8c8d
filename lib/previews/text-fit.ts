// Fitting text from the data into the fixed boxes of a preview image. The image renderer (satori) has
// no text measurement we can ask in advance, so lines are broken here, from the advance widths of the
// font it draws with (Geist Regular, bundled with next/og), slightly padded; each line is then drawn
// as its own box that clips rather than wraps. A long title is cut at a word with an ellipsis, and the
// layout never depends on how long the data is.

/** Advance widths of Geist Regular's printable ASCII characters, in em, from the font's hmtx table. */
const ASCII_WIDTHS =
  // prettier-ignore
  [0.25, 0.21, 0.35, 0.48, 0.63, 0.8, 0.62, 0.18, 0.27, 0.27, 0.43, 0.56, 0.2, 0.42, 0.2, 0.48, // space to /
   0.66, 0.38, 0.62, 0.61, 0.62, 0.63, 0.59, 0.52, 0.6, 0.59, // 0-9
   0.3, 0.3, 0.54, 0.54, 0.54, 0.56, 0.91, // : to @
   0.67, 0.68, 0.7, 0.69, 0.6, 0.59, 0.7, 0.71, 0.27, 0.6, 0.64, 0.58, 0.88, 0.74, 0.74, 0.65, 0.73, 0.67, 0.64,
   0.55, 0.69, 0.67, 0.95, 0.61, 0.58, 0.54, // A-Z
   0.35, 0.46, 0.35, 0.43, 0.56, 0.25, // [ to `
   0.55, 0.6, 0.55, 0.6, 0.56, 0.4, 0.59, 0.58, 0.24, 0.26, 0.59, 0.27, 0.88, 0.58, 0.57, 0.6, 0.6, 0.38, 0.52,
   0.39, 0.58, 0.54, 0.82, 0.59, 0.54, 0.54, // a-z
   0.39, 0.26, 0.39, 0.52]; // { to ~

/** Widths of the typographic characters the figures' wording uses. */
const OTHER_WIDTHS: Record<string, number> = {
  '’': 0.2,
  '‘': 0.2,
  '“': 0.37,
  '”': 0.37,
  '–': 0.59,
  '—': 0.91,
  '…': 0.57,
  '≥': 0.54,
  '≤': 0.54,
  '·': 0.2,
};

/** Errs on the wide side, so that a line judged to fit does fit. */
const SAFETY = 1.04;

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32];
  if (OTHER_WIDTHS[char] !== undefined) return OTHER_WIDTHS[char];
  // CJK and other wide scripts take a full em; Latin and Cyrillic letters are about 0.6.
  if (code >= 0x1100) return 1;
  return 0.62;
}

/** The estimated width of a text in pixels at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * SAFETY;
}

// Control characters, and the marks that only shape emoji: the renderer would draw them as boxes.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\ufe0e\ufe0f\u20e3]/g;
// Pictographs make the renderer download an emoji image, which fails offline and fails the image.
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/gu;
// Signs that count as pictographs but are ordinary text in the font.
const TEXT_SIGNS: Record<string, string> = { '©': '©', '®': '®', '™': '™' };

/**
 * Text from the data made safe to draw: whitespace (line breaks included) collapsed to single spaces,
 * control characters and pictographs left out. Markup is kept as the literal text it is: the image is
 * drawn from text nodes, never parsed as HTML.
 */
export function cleanText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(PICTOGRAPH, (char) => TEXT_SIGNS[char] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Width of a text in pixels; the preview images use `textWidth`, downloads measure with the browser. */
export type Measure = (text: string) => number;

export interface WrapOptions {
  /** The width of the box, in pixels. */
  width: number;
  maxLines: number;
  measure: Measure;
}

export interface Wrapped {
  lines: string[];
  /** Whether text was left out (the last line then ends with an ellipsis). */
  truncated: boolean;
}

const ELLIPSIS = '…';
const TRAILING = /[\s,;:.–—-]+$/u;

/** The line with an ellipsis, dropping whole words from its end (or, for one long word, characters) to fit. */
function ellipsize(line: string, width: number, measure: Measure): string {
  const fits = (text: string) => measure(`${text.replace(TRAILING, '')}${ELLIPSIS}`) <= width;
  if (fits(line)) return `${line.replace(TRAILING, '')}${ELLIPSIS}`;
  const words = line.split(' ');
  while (words.length > 1 && !fits(words.join(' '))) words.pop();
  const chars = [...words.join(' ')];
  while (chars.length > 0 && !fits(chars.join(''))) chars.pop();
  return `${chars.join('').replace(TRAILING, '')}${ELLIPSIS}`;
}

/** Splits a word that is wider than the box on its own (a long link, say) into pieces that fit. */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks text into lines that each fit `width`, at most `maxLines` of them; when the text does not
 * fit, the last line ends with an ellipsis. Runs of whitespace count as one space; empty text gives
 * no lines.
 */
export function wrapText(text: string, { width, maxLines, measure }: WrapOptions): Wrapped {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (maxLines < 1) return { lines: [], truncated: collapsed !== '' };
  const words = collapsed
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (measure(word) > width ? breakWord(word, width, measure) : [word]));
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index += 1) {
    const candidate = current ? `${current} ${words[index]}` : words[index];
    if (!current || measure(candidate) <= width) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = words[index];
    if (lines.length === maxLines) break;
  }
  if (index === words.length && current) lines.push(current);
  const truncated = index < words.length;
  if (truncated) lines[lines.length - 1] = ellipsize(lines[lines.length - 1], width, measure);
  return { lines, truncated };
}

export interface FitOptions {
  fontSize: number;
  /** The width of the box, in pixels. */
  width: number;
  maxLines: number;
}

/** Text for a preview image, in lines that fit a box at a font size. */
export function fitLines(text: string, { fontSize, width, maxLines }: FitOptions): string[] {
  return wrapText(cleanText(text), { width, maxLines, measure: (line) => textWidth(line, fontSize) }).lines;
}

/** Whether text fits a preview box whole. */
export function fitsWhole(text: string, options: FitOptions): boolean {
  return !wrapText(cleanText(text), { width: options.width, maxLines: options.maxLines, measure: (line) => textWidth(line, options.fontSize) })
    .truncated;
}

/** One line, cut with an ellipsis when it is too wide. */
export function fitLine(text: string, fontSize: number, width: number): string {
  return fitLines(text, { fontSize, width, maxLines: 1 })[0] ?? '';
}
