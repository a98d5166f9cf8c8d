// Words, numbers and punctuation with their offsets, and the sentences they make. A regular
// expression does this in a few milliseconds for a long article, where compromise's tokenizer takes a
// hundred (see lexicon.ts); sentence ends are decided with compromise's list of abbreviations.
import { isAbbreviation } from './lexicon';

export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  text: string;
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** No space between this token and the one before it: "120-day", "3.1bn", "$2.50". */
  attached: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
}

const LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ";
const WORD = `[${LETTERS}]+(?:['’][${LETTERS}]+)*`;
const TOKEN = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(${WORD}(?:-${WORD})*)|(\\n\\s*)|(\\s+)|([^\\s])`,
  'gu',
);

interface RawToken extends Token {
  newline: boolean;
}

function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, number, word, newline] = match;
    const start = match.index;
    if (newline !== undefined) {
      if (tokens.length > 0) tokens[tokens.length - 1].newline = true;
      continue;
    }
    if (match[4] !== undefined) continue;
    const kind: TokenKind = number !== undefined ? 'number' : word !== undefined ? 'word' : 'symbol';
    tokens.push({ text: whole, lower: whole.toLowerCase(), kind, start, end: start + whole.length, attached: start === previousEnd, newline: false });
    previousEnd = start + whole.length;
  }
  return tokens;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
/** A quotation longer than this is not kept open across sentence ends: its closing mark is likely lost. */
const LONGEST_QUOTE = 400;

function startsSentence(token: Token | undefined): boolean {
  if (!token) return true;
  if (token.kind === 'number') return true;
  if (OPENERS.has(token.text)) return true;
  return token.kind === 'word' && /^[A-ZÀ-ÖØ-Þ]/.test(token.text);
}

/** Abbreviations of references that compromise's list lacks: "No. 1344", "Art. 5", "para. 3". */
const REFERENCE_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'vol', 'fig', 'para', 'pp', 'ref', 'approx', 'est', 'ca']);

/** "Gen." "Sept." "No." and initials ("U.S.", "J. Smith") do not end a sentence. */
function endsWithAbbreviation(tokens: RawToken[], dot: number): boolean {
  const before = tokens[dot - 1];
  if (!before || before.kind !== 'word' || !tokens[dot].attached) return false;
  if (/^[A-Z]$/.test(before.text)) return true;
  return REFERENCE_ABBREVIATIONS.has(before.lower) || isAbbreviation(before.text);
}

/** Splits a text into sentences; a line break always ends one, and a paragraph is a run of lines. */
export function splitSentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  let quoteOpenedAt: number | null = null;

  const close = (last: number) => {
    if (last >= first) {
      const slice = tokens.slice(first, last + 1);
      sentences.push({ start: slice[0].start, end: slice[slice.length - 1].end, paragraph, tokens: slice });
    }
    first = last + 1;
    quoteOpenedAt = null;
  };

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token.text === '“' || (token.text === '"' && quoteOpenedAt === null && !token.attached)) quoteOpenedAt = token.start;
    else if (token.text === '”' || (token.text === '"' && quoteOpenedAt !== null)) quoteOpenedAt = null;

    if (token.newline) {
      close(i);
      paragraph += 1;
      continue;
    }
    if (token.text !== '.' && token.text !== '!' && token.text !== '?' && token.text !== '…') continue;
    if (token.text === '.' && endsWithAbbreviation(tokens, i)) continue;
    let last = i;
    while (tokens[last + 1] && (tokens[last + 1].text === '.' || tokens[last + 1].text === '…') && tokens[last + 1].attached) last += 1;
    while (tokens[last + 1] && CLOSERS.has(tokens[last + 1].text) && tokens[last + 1].attached) last += 1;
    const next = tokens[last + 1];
    if (next && (next.attached || !startsSentence(next))) continue;
    const insideQuote = quoteOpenedAt !== null && token.start - quoteOpenedAt < LONGEST_QUOTE && !CLOSERS.has(tokens[last].text);
    if (insideQuote && next) continue;
    close(last);
    i = last;
  }
  close(tokens.length - 1);
  return sentences;
}
