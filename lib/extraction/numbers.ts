// Numbers in a sentence, with what kind of number each is. Spelled-out numbers get their value from
// compromise (lexicon.ts); digits, multipliers ("6.5 million", "3.1bn", "165-thousand"), currencies,
// percentages and proportions ("half", "one in five") are read here, and so is the context that says
// a number is a year, a date, an age, a duration, a time, an ordinal, a phone, law or model number, a
// calibre, a score or a multiplier rather than a figure. Nothing here knows about qualifiers, units or
// claimants.
import { hasTag, isOrgWord, parseNumberWords } from './lexicon';
import type { Sentence, Token } from './tokens';

export type NumberKind =
  | 'figure'
  | 'year'
  | 'date'
  | 'age'
  | 'duration'
  | 'ordinal'
  | 'time'
  | 'phone'
  | 'code'
  | 'calibre'
  | 'score'
  | 'multiplier'
  | 'vague';

export interface NumberMention {
  /** First and last token of the number, currency and suffixes included. */
  first: number;
  last: number;
  /** The digits, or the first word of a spelled-out number. */
  at: number;
  value: number;
  /** A multiplier word or suffix was part of it ("million", "bn", "-thousand"). */
  scaled: boolean;
  /** That multiplier: 1e6 for "6.5 million", 1 when there is none. */
  scale: number;
  spelled: boolean;
  currency: string | null;
  percent: 'percent' | 'percentage points' | null;
  /** "40-odd", "5,000-plus": a qualifier written into the number. */
  suffixQualifier: 'approx' | 'more_than' | null;
  /** A proportion ("half", "one in five") or a count of none ("no deliveries were recorded"). */
  proportion: boolean;
  /** For "no deliveries recorded": the counted noun, which the unit step cannot find after a zero. */
  noneOf: string | null;
  kind: NumberKind;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Abbreviated multipliers glued to digits ("3.1bn", "12M") or, for the longer ones, spaced ("$34.4 mln"). */
const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
const SPACED_SHORT_SCALES = new Set(['mln', 'mn', 'bn']);
const FRACTIONS: Record<string, number> = { half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25 };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  hryvnia: 'UAH', hryvnias: 'UAH', yuan: 'CNY', yen: 'JPY', usd: 'USD', eur: 'EUR', rub: 'RUB', uah: 'UAH', krw: 'KRW',
};
const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '¥': 'JPY', '₩': 'KRW', '₴': 'UAH' };
const CURRENCY_CODES = /^(?:USD|EUR|RUB|GBP|KRW|UAH|CNY|JPY)$/;
/** Words before a number that make it a reference: "Resolution 2270", "Article 13", "page 4", "gate 7". */
const CODE_WORDS = new Set([
  'resolution', 'resolutions', 'law', 'laws', 'decree', 'decrees', 'article', 'articles', 'section', 'sections',
  'clause', 'chapter', 'page', 'pages', 'issue', 'order', 'act', 'bill', 'directive', 'paragraph', 'item', 'gate',
  'flight', 'route', 'highway', 'platform', 'room', 'building', 'amendment', 'protocol', 'case', 'file', 'volume',
  'vol', 'no', 'nos', 'number', 'nr', 'annex', 'appendix', 'version', 'model', 'block', 'street', 'road', 'code',
  'regulation', 'rule', 'level', 'grade', 'zone', 'sector', 'district', 'division', 'corps', 'brigade', 'battalion',
]);
const SPORT_WORDS = ['beat', 'beats', 'won', 'win', 'wins', 'lost', 'defeated', 'draw', 'drew', 'score', 'scored', 'match', 'game', 'qualifier', 'cup', 'league', 'final', 'goals', 'victory'];
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
const PERSON_NOUNS = new Set(['mother', 'father', 'wife', 'husband', 'son', 'daughter', 'man', 'woman', 'boy', 'girl', 'soldier', 'rifleman', 'sister', 'brother']);
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'before', 'after', 'during', 'of', 'between', 'early', 'late', 'mid', 'the', 'and', 'to', 'through']);
const QUANTITY_BEFORE = new Set(['about', 'around', 'some', 'over', 'nearly', 'almost', 'than', 'least', 'only', 'just', 'approximately', 'roughly', 'another', 'total']);
const PLURAL_NOUNS = new Set(['people', 'personnel', 'police', 'staff', 'troops', 'children', 'men', 'women', 'cattle', 'aircraft']);
const NONE_VERBS = new Set(['recorded', 'reported', 'registered', 'delivered', 'observed', 'detected', 'seen', 'confirmed', 'documented', 'received', 'shipped', 'found']);
const SPORT_SCORE_MAX = 20;
const AGE_MAX = 120;

/** Month names and their abbreviations; compromise's lexicon lacks "march" (a verb) and "may" (a modal). */
export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7,
  july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12,
  december: 12,
};

export function isMonth(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^[A-Z]/.test(token.text) && token.lower in MONTHS;
}

/** "day", "hours", "weeks": compromise's duration words, less "quarter", which is also a fraction. */
export function isDurationWord(word: string): boolean {
  return hasTag(word, 'Duration') && word !== 'quarter' && word !== 'quarters';
}

/** Verbs in -s that follow a number as often as nouns do not: "300 remains", "it says". */
const VERBS_IN_S = new Set(['is', 'has', 'was', 'does', 'says', 'shows', 'remains', 'includes', 'means', 'stands', 'appears', 'seems', 'goes', 'makes', 'takes', 'gets', 'comes', 'becomes', 'marks', 'represents', 'exceeds', 'reaches', 'amounts', 'totals', 'brings', 'puts', 'contains', 'covers', 'counts']);

/** A plural noun: compromise says so, or it has a plural ending and is not a verb or a duration. */
export function isPluralNoun(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  if (PLURAL_NOUNS.has(token.lower) || hasTag(token.lower, 'Plural')) return true;
  return /[^su']s$/.test(token.lower) && !isDurationWord(token.lower) && !hasTag(token.lower, 'PresentTense');
}

/** After a number, a word in -s is a plural noun ("1,000 engineers", "400,000 rounds") unless it is a common verb. */
export function isPluralAfterNumber(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  return isPluralNoun(token) || (/[^su']s$/.test(token.lower) && !isDurationWord(token.lower) && !VERBS_IN_S.has(token.lower));
}

/** The parts of a spelled-out number word, alone or hyphenated ("twenty-seven", "four-thousand"). */
function numberWordParts(lower: string): string[] | null {
  const parts = lower.split('-');
  return parts.every((part) => part in UNITS || part in SCALES || part === 'dozen') ? parts : null;
}

interface RawNumber {
  first: number;
  last: number;
  /** The digits, or the first word of a spelled-out number. */
  at: number;
  base: number | null;
  spelledPhrase: string | null;
  scale: number;
  scaled: boolean;
  currency: string | null;
  percent: NumberMention['percent'];
  suffixQualifier: NumberMention['suffixQualifier'];
  proportion: boolean;
  noneOf: string | null;
}

function blank(first: number, last: number, at: number): RawNumber {
  return { first, last, at, base: null, spelledPhrase: null, scale: 1, scaled: false, currency: null, percent: null, suffixQualifier: null, proportion: false, noneOf: null };
}

function glued(tokens: Token[], index: number): Token | undefined {
  const next = tokens[index + 1];
  return next && next.attached ? next : undefined;
}

function readCurrencyBefore(tokens: Token[], raw: RawNumber): void {
  const before = tokens[raw.at - 1];
  if (before && before.kind === 'symbol' && before.text in CURRENCY_SYMBOLS && tokens[raw.at].attached) {
    raw.currency = CURRENCY_SYMBOLS[before.text];
    const prefix = tokens[raw.at - 2];
    raw.first = prefix && prefix.kind === 'word' && /^(?:US|A|C|HK|NZ)$/.test(prefix.text) && before.attached ? raw.at - 2 : raw.at - 1;
  } else if (before && before.kind === 'word' && CURRENCY_CODES.test(before.text)) {
    raw.currency = before.text;
    raw.first = raw.at - 1;
  }
}

/** Multipliers, "-odd", percent signs and currency words after a number. */
function readSuffixes(tokens: Token[], raw: RawNumber): void {
  let i = raw.last;
  const stuck = glued(tokens, i);
  if (stuck && stuck.kind === 'word' && stuck.lower in SHORT_SCALES && raw.spelledPhrase === null) {
    raw.scale *= SHORT_SCALES[stuck.lower];
    raw.scaled = true;
    i += 1;
  } else if (stuck && stuck.text === '-' && tokens[i + 2]?.attached && tokens[i + 2].kind === 'word') {
    const word = tokens[i + 2].lower;
    if (word in SCALES && raw.spelledPhrase === null) {
      raw.scale *= SCALES[word];
      raw.scaled = true;
      i += 2;
    } else if (word === 'odd' || word === 'plus') {
      raw.suffixQualifier = word === 'odd' ? 'approx' : 'more_than';
      i += 2;
    }
  }
  const next = tokens[i + 1];
  if (raw.spelledPhrase === null && next && next.kind === 'word' && !next.attached && (next.lower in SCALES || SPACED_SHORT_SCALES.has(next.lower))) {
    raw.scale *= SCALES[next.lower] ?? SHORT_SCALES[next.lower];
    raw.scaled = true;
    i += 1;
  }
  const after = tokens[i + 1];
  const after2 = tokens[i + 2];
  if (after?.text === '%' && after.attached) {
    raw.percent = 'percent';
    i += 1;
  } else if (after && (after.lower === 'percent' || after.lower === 'pct')) {
    raw.percent = 'percent';
    i += 1;
  } else if (after?.lower === 'per' && after2?.lower === 'cent') {
    raw.percent = 'percent';
    i += 2;
  } else if (after?.lower === 'percentage' && /^points?$/.test(after2?.lower ?? '')) {
    raw.percent = 'percentage points';
    i += 2;
  } else if (!raw.currency && after?.text === 'US' && /^dollars?$/.test(after2?.lower ?? '')) {
    raw.currency = 'USD';
    i += 2;
  } else if (!raw.currency && after?.kind === 'word' && after.lower in CURRENCY_WORDS) {
    raw.currency = CURRENCY_WORDS[after.lower];
    i += 1;
  } else if (!raw.currency && raw.scaled && after?.lower === 'won') {
    raw.currency = 'KRW';
    i += 1;
  }
  raw.last = i;
}

const SPELLED_STARTS = new Set([...Object.keys(UNITS), ...Object.keys(SCALES), 'dozen', 'a', 'an']);

function spelledAt(tokens: Token[], index: number): RawNumber | null {
  const start = tokens[index];
  if (start.kind !== 'word' || !SPELLED_STARTS.has(start.lower.split('-')[0])) return null;
  if (start.lower === 'a' || start.lower === 'an') {
    const next = tokens[index + 1] && numberWordParts(tokens[index + 1].lower);
    if (!next || !(next[0] in SCALES || next[0] === 'dozen')) return null;
  } else if (!numberWordParts(start.lower)) {
    return null;
  }
  let last = index;
  for (let i = index + 1; i < tokens.length && tokens[i].kind === 'word'; i += 1) {
    if (numberWordParts(tokens[i].lower)) {
      last = i;
    } else if (tokens[i].lower === 'and' && /hundred|thousand|million$/.test(tokens[last].lower) && tokens[i + 1] && numberWordParts(tokens[i + 1].lower)) {
      continue;
    } else {
      break;
    }
  }
  if ((start.lower === 'a' || start.lower === 'an') && last === index) return null;
  const raw = blank(index, last, index);
  raw.spelledPhrase = tokens.slice(index, last + 1).map((t) => t.text).join(' ');
  return raw;
}

function numberAt(tokens: Token[], index: number): RawNumber | null {
  const token = tokens[index];
  let raw: RawNumber | null = null;
  if (token.kind === 'number') {
    raw = blank(index, index, index);
    raw.base = Number(token.text.replace(/,/g, ''));
    readCurrencyBefore(tokens, raw);
  } else {
    raw = spelledAt(tokens, index);
  }
  if (raw) readSuffixes(tokens, raw);
  return raw;
}

const PROPORTION_CUES = new Set(['by', 'than', 'nearly', 'almost', 'about', 'roughly', 'over', 'lost', 'around', 'some', 'only', 'just']);

const PROPORTION_WORDS = new Set([...Object.keys(FRACTIONS), ...Object.keys(UNITS), 'halved']);

/** "half", "a third", "two-thirds", "a quarter", "one in five", "3 in 10", given in percent. */
function proportionAt(tokens: Token[], index: number): RawNumber | null {
  const token = tokens[index];
  if (token.kind === 'symbol' || (token.kind === 'word' && !PROPORTION_WORDS.has(token.lower) && !(token.lower.includes('-') && token.lower.split('-')[0] in UNITS))) return null;
  const previous = tokens[index - 1]?.lower;
  const next = tokens[index + 1];
  const make = (first: number, last: number, base: number) => {
    const raw = blank(first, last, index);
    raw.base = base;
    raw.percent = 'percent';
    raw.proportion = true;
    return raw;
  };
  const numerator = token.kind === 'number' ? Number(token.text) : UNITS[token.lower];
  if (numerator !== undefined && next?.lower === 'in' && tokens[index + 2]) {
    const of = tokens[index + 2];
    const denominator = of.kind === 'number' ? Number(of.text) : UNITS[of.lower];
    const then = tokens[index + 3];
    if (denominator && denominator > numerator && denominator <= 100 && !(then && isDurationWord(then.lower))) {
      return make(index, index + 2, (100 * numerator) / denominator);
    }
  }
  if (token.kind !== 'word') return null;
  if (token.lower === 'halved') return make(index, index, 50);
  const parts = token.lower.split('-');
  if (parts.length === 2 && parts[0] in UNITS && parts[1] in FRACTIONS) return make(index, index, UNITS[parts[0]] * FRACTIONS[parts[1]]);
  if (!(token.lower in FRACTIONS)) return null;
  const ofFollows = next === undefined || next.kind === 'symbol' || ['of', 'its', 'their', 'his', 'her', 'all'].includes(next.lower);
  if (token.lower === 'half') {
    if (['first', 'second', 'latter', 'and', 'a', 'past'].includes(previous ?? '')) return null;
    if (next && (next.lower === 'an' || next.lower === 'a') && tokens[index + 2] && isDurationWord(tokens[index + 2].lower)) return null;
    return ofFollows || PROPORTION_CUES.has(previous ?? '') ? make(index, index, 50) : null;
  }
  const count = previous === 'a' || previous === 'one' ? 1 : previous && previous in UNITS ? UNITS[previous] : 0;
  if (count === 0) return null;
  const cue = ofFollows || PROPORTION_CUES.has(tokens[index - 2]?.lower ?? '');
  return cue ? make(index - 1, index, count * FRACTIONS[token.lower]) : null;
}

/** "no shell deliveries were recorded": a figure of zero. */
function noneAt(tokens: Token[], index: number): RawNumber | null {
  if (tokens[index].lower !== 'no' || tokens[index].kind !== 'word') return null;
  for (let i = index + 1; i <= index + 3 && i < tokens.length; i += 1) {
    if (!isPluralNoun(tokens[i])) continue;
    let verb = i + 1;
    if (/^(?:were|was|had|have|been)$/.test(tokens[verb]?.lower ?? '')) verb += 1;
    if (!NONE_VERBS.has(tokens[verb]?.lower ?? '')) return null;
    const raw = blank(index, index, index);
    raw.base = 0;
    raw.noneOf = tokens[i].text;
    return raw;
  }
  return null;
}

/** "1718 Sanctions Committee", "94 Brigade": capitalised words after the number that end in an organisation word. */
function namesAnOrganisation(tokens: Token[], from: number): boolean {
  for (let i = from; i < from + 3 && tokens[i]?.kind === 'word' && /^[A-Z]/.test(tokens[i].text); i += 1) {
    if (hasTag(tokens[i].lower, 'Demonym') || hasTag(tokens[i].lower, 'Country')) return false;
    if (isOrgWord(tokens[i].lower)) return true;
  }
  return false;
}

/** Numbers joined by hyphens with no space ("123-45-67", "2024-03-05"): how many in the chain. */
function hyphenChain(tokens: Token[], at: number): { length: number; first: number } {
  const joined = (i: number) => tokens[i]?.text === '-' && tokens[i].attached && tokens[i + 1]?.attached && tokens[i + 1].kind === 'number';
  let first = at;
  while (first >= 2 && tokens[first - 2].kind === 'number' && joined(first - 1)) first -= 2;
  let last = at;
  while (joined(last + 1)) last += 2;
  return { length: (last - first) / 2 + 1, first };
}

/** The kind of a number from the words around it. The order matters: a phone number is not a range. */
function classify(tokens: Token[], raw: RawNumber, sentenceWords: Set<string>): NumberKind {
  if (raw.proportion || raw.noneOf !== null) return 'figure';
  const at = raw.at;
  const number = tokens[at];
  const adjacentBefore = tokens[at - 1];
  const before = tokens[raw.first - 1];
  const before2 = tokens[raw.first - 2];
  const stuck = glued(tokens, at);
  const next = tokens[raw.last + 1];
  const value = raw.base ?? 0;
  const digits = number.kind === 'number';
  const plain = !raw.scaled && !raw.currency && !raw.percent;

  if (stuck && stuck.kind === 'word' && /^(?:st|nd|rd|th)$/.test(stuck.lower)) return 'ordinal';
  if (digits && stuck?.lower === 's' && /^\d{4}$/.test(number.text)) return 'vague';
  if (digits && ((stuck?.text === ':' && tokens[at + 2]?.kind === 'number') || (adjacentBefore?.text === ':' && number.attached && tokens[at - 2]?.kind === 'number'))) return 'time';
  if (next && /^(?:a\.?m|p\.?m|am|pm|o'clock|o’clock|gmt|utc)$/.test(next.lower) && value <= 24) return 'time';
  if (digits && adjacentBefore?.text === '+' && number.attached) return 'phone';
  if (digits && adjacentBefore?.kind === 'number' && !number.attached && (tokens[at - 2]?.text === '+' || tokens[at - 2]?.kind === 'number')) return 'phone';
  if (digits) {
    const chain = hyphenChain(tokens, at);
    if (chain.length >= 3) return /^\d{4}$/.test(tokens[chain.first].text) ? 'date' : 'phone';
  }
  if (digits && ((stuck?.text === '/' && tokens[at + 2]?.kind === 'number') || (adjacentBefore?.text === '/' && number.attached))) return 'code';
  // Letters glued to the number make it a name: KN-23, Su-27, F-16s, COVID-19, G7, 115-FZ.
  if (digits && number.attached && adjacentBefore && (adjacentBefore.kind === 'word' || (adjacentBefore.text === '-' && adjacentBefore.attached && tokens[at - 2]?.kind === 'word'))) return 'code';
  if (digits && stuck?.kind === 'word' && !raw.scaled && !/^(?:st|nd|rd|th|mm)$/.test(stuck.lower)) return 'code';
  if (digits && stuck?.text === '-' && tokens[at + 2]?.attached && /^[A-Z]{2,}$/.test(tokens[at + 2].text)) return 'code';
  if (before?.kind === 'word' && CODE_WORDS.has(before.lower) && !raw.currency && !raw.percent) return 'code';
  if (digits && plain && /^\d+$/.test(number.text) && namesAnOrganisation(tokens, raw.last + 1)) return 'code';
  if (before?.text === '#' && number.attached) return 'code';
  if (before?.text === '.' && before2?.lower === 'no') return 'code';
  if (next?.lower === 'mm' || stuck?.lower === 'mm') return 'calibre';
  if (next && /^(?:times|fold)$/.test(next.lower)) return 'multiplier';
  if (stuck?.text === '-' && tokens[at + 2]?.lower === 'fold') return 'multiplier';
  if (digits && value <= SPORT_SCORE_MAX && SPORT_WORDS.some((w) => sentenceWords.has(w))) {
    const dash = (t: Token | undefined) => t !== undefined && (t.text === '-' || t.text === '–') && t.attached;
    if ((dash(tokens[at + 1]) && tokens[at + 2]?.kind === 'number') || (dash(adjacentBefore) && tokens[at - 2]?.kind === 'number')) return 'score';
  }

  // Dates: a day beside a month name ("Jan. 15", "3 March", "12–13 June", "September 13, 2023").
  if (plain && value >= 1 && value <= 31 && Number.isInteger(value)) {
    const prior = before?.text === '.' ? before2 : before;
    if (isMonth(prior) || isMonth(next)) return 'date';
    if ((next?.text === '–' || next?.text === '-') && tokens[raw.last + 2]?.kind === 'number' && isMonth(tokens[raw.last + 3])) return 'date';
    if (next?.lower === 'of' && isMonth(tokens[raw.last + 2])) return 'date';
  }
  // Ages: "12-year-old", "aged 10 to 17", "Kim Jong Un, 41,".
  if (stuck?.text === '-' && /^(?:year|years|month|months|week|weeks|day|days)-old$/.test(tokens[at + 2]?.lower ?? '')) return 'age';
  if (before && AGE_WORDS.has(before.lower)) return 'age';
  if (before && /^(?:to|-|–)$/.test(before.lower) && before2?.kind === 'number' && AGE_WORDS.has(tokens[raw.first - 3]?.lower ?? '')) return 'age';
  if (next?.lower === 'years' && tokens[raw.last + 2]?.lower === 'old') return 'age';
  if (plain && before?.text === ',' && next?.text === ',' && value > 0 && value < AGE_MAX && Number.isInteger(value) && raw.spelledPhrase === null) {
    if (before2?.kind === 'word' && (/^[A-Z]/.test(before2.text) || PERSON_NOUNS.has(before2.lower) || hasTag(before2.lower, 'Actor'))) return 'age';
  }
  // Durations: "120-day", "12 hours", "two weeks", "a 9-hour flight".
  const unitWord = stuck?.text === '-' && tokens[at + 2]?.attached ? tokens[at + 2] : next;
  if (!raw.currency && !raw.percent && unitWord?.kind === 'word' && isDurationWord(unitWord.lower.replace(/-.*$/, ''))) return 'duration';
  // Years: four digits from 1900 to 2100, unless they count something ("2000 children").
  if (digits && plain && /^\d{4}$/.test(number.text) && value >= 1900 && value <= 2100) {
    const counted = isPluralNoun(next) && next?.kind === 'word' && !isMonth(next);
    const yearContext = before !== undefined && (isMonth(before) || YEAR_BEFORE.has(before.lower));
    const quantity = before !== undefined && QUANTITY_BEFORE.has(before.lower);
    if (!(counted && (quantity || !yearContext))) return 'year';
  }
  // A number glued to a singular word is an adjective ("a 7-point plan"); "-strong" sizes a force.
  if (stuck?.text === '-' && tokens[at + 2]?.attached && tokens[at + 2].kind === 'word' && !raw.scaled && !raw.suffixQualifier) {
    if (tokens[at + 2].lower !== 'strong' && !isPluralNoun(tokens[at + 2])) return 'code';
  }
  if (raw.spelledPhrase !== null && /^one$/i.test(raw.spelledPhrase)) return 'vague';
  return 'figure';
}

/** Every number in the sentences, with its kind and value; spelled-out numbers go to compromise in one call. */
export function findNumbers(sentences: readonly Sentence[]): NumberMention[][] {
  const raws = sentences.map((sentence) => {
    const found: Array<{ raw: RawNumber; kind: NumberKind }> = [];
    const words = new Set(sentence.tokens.filter((t) => t.kind === 'word').map((t) => t.lower));
    for (let i = 0; i < sentence.tokens.length; i += 1) {
      const raw = proportionAt(sentence.tokens, i) ?? noneAt(sentence.tokens, i) ?? numberAt(sentence.tokens, i);
      if (!raw) continue;
      found.push({ raw, kind: classify(sentence.tokens, raw, words) });
      i = raw.last;
    }
    return found;
  });
  const phrases = raws.flat().flatMap(({ raw }) => (raw.spelledPhrase ? [withoutDozen(raw.spelledPhrase)] : []));
  const spelled = parseNumberWords(phrases);
  return raws.map((found) =>
    found.flatMap(({ raw, kind }): NumberMention[] => {
      const base = raw.spelledPhrase === null ? raw.base : (spelled.get(withoutDozen(raw.spelledPhrase)) ?? null);
      if (base === null || !Number.isFinite(base)) return [];
      return [{
        first: raw.first,
        last: raw.last,
        at: raw.at,
        value: Number((base * raw.scale).toPrecision(12)),
        scaled: raw.scaled || (raw.spelledPhrase !== null && /hundred|thousand|million|billion|trillion/i.test(raw.spelledPhrase)),
        scale: raw.scale,
        spelled: raw.spelledPhrase !== null,
        currency: raw.currency,
        percent: raw.percent,
        suffixQualifier: raw.suffixQualifier,
        proportion: raw.proportion,
        noneOf: raw.noneOf,
        kind,
      }];
    }),
  );
}

/** compromise does not read "dozen"; it is twelve. */
function withoutDozen(phrase: string): string {
  return phrase.replace(/\b(?:an?\s+)?dozen\b/i, 'twelve');
}
