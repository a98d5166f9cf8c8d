// From numbers to quantities: qualifiers and bounds ("more than", "up to", "some"), ranges ("4 to 6
// million", "20,000-50,000", "between 150,000 and 300,000"), and the unit and counted noun phrase that
// follow ("North Korean soldiers", "containers of aid", "USD per hour"). No library offers these; the
// word classes come from compromise's lexicon.
import type { Qualifier } from '@/lib/figures/types';
import { hasTag } from './lexicon';
import { isDurationWord, isPluralAfterNumber, isPluralNoun, type NumberMention } from './numbers';
import type { Sentence, Token } from './tokens';

export interface Quantity {
  /** First token of the quantity (its qualifier included) and its last (unit included). */
  first: number;
  last: number;
  /** The number's own first token, for distances to cue words. */
  at: number;
  value: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  unit: string | null;
  what: string | null;
  /** The unit was not written after the number and must come from the context ("2,700 wounded"). */
  elided: boolean;
  spelled: boolean;
  proportion: boolean;
}

const QUALIFIER_PHRASES: Array<[string, Qualifier]> = (
  [
    ['no more than', 'up_to'], ['not more than', 'up_to'], ['no fewer than', 'at_least'], ['no less than', 'at_least'],
    ['not less than', 'at_least'], ['in excess of', 'more_than'], ['a maximum of', 'up_to'], ['a minimum of', 'at_least'],
    ['as many as', 'up_to'], ['as high as', 'up_to'], ['as much as', 'up_to'], ['more than', 'more_than'],
    ['greater than', 'more_than'], ['upwards of', 'more_than'], ['at least', 'at_least'], ['at most', 'up_to'],
    ['up to', 'up_to'], ['fewer than', 'less_than'], ['less than', 'less_than'], ['maximum of', 'up_to'],
    ['minimum of', 'at_least'], ['close to', 'approx'], ['an estimated', 'approx'], ['over', 'more_than'],
    ['above', 'more_than'], ['exceeding', 'more_than'], ['under', 'less_than'], ['below', 'less_than'],
    ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['roughly', 'approx'], ['some', 'approx'],
    ['nearly', 'approx'], ['almost', 'approx'], ['estimated', 'approx'], ['circa', 'approx'], ['approx', 'approx'],
    ['~', 'approx'],
  ] as Array<[string, Qualifier]>
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);
const QUALIFIER_WORDS = QUALIFIER_PHRASES.map(([phrase, qualifier]) => [phrase.split(' '), qualifier] as const);

const STOP_WORDS = new Set([
  'to', 'in', 'at', 'from', 'for', 'by', 'with', 'since', 'on', 'near', 'into', 'across', 'over', 'under', 'after',
  'before', 'during', 'within', 'through', 'inside', 'outside', 'between', 'among', 'against', 'including', 'like',
  'per', 'via', 'toward', 'towards', 'alongside', 'amid', 'about', 'around', 'than', 'as', 'upon', 'onto', 'off',
  'out', 'up', 'down', 'beyond', 'behind', 'below', 'above', 'throughout', 'without', 'the', 'a', 'an', 'this', 'that',
  'these', 'those', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'each', 'every', 'all', 'both', 'some', 'any',
  'no', 'another', 'such', 'or', 'but', 'nor', 'yet', 'so', 'while', 'whereas', 'although', 'though', 'because', 'if',
  'when', 'where', 'whom', 'who', 'which', 'whose', 'what', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
  'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'must',
  'can', 'shall', 'already', 'now', 'also', 'still', 'just', 'only', 'even', 'right', 'too', 'very', 'more', 'less',
  'fewer', 'most', 'least', 'alone', 'apiece', 'total', 'altogether', 'respectively', 'others', 'of', 'and', 'said',
  'says', 'according', 'last', 'next', 'then', 'there', 'here', 'it', 'they', 'them', 'we', 'he', 'she', 'i', 'you',
  'today', 'tonight', 'yesterday', 'tomorrow', 'ago', 'later', 'earlier', 'reportedly', 'likely', 'possibly',
]);
const VERB_TAGS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Auxiliary', 'Participle'];
const NOUN_TAGS = ['Plural', 'Singular', 'Noun', 'Actor', 'Uncountable', 'Unit', 'Demonym', 'Currency'];
/** Heads that take what they hold: "containers of aid", "tons of wheat flour", "rounds of ammunition". */
const MEASURE_HEADS = new Set([
  'containers', 'tons', 'tonnes', 'barrels', 'rounds', 'wagons', 'carriages', 'trainloads', 'shipments', 'boxes',
  'crates', 'pieces', 'litres', 'liters', 'gallons', 'kilograms', 'pallets', 'truckloads', 'loads', 'batches', 'sets',
  'bags', 'sacks', 'cubic', 'portraits', 'cases', 'units',
]);
const SINGULAR_COUNT_NOUNS = new Set(['personnel', 'staff', 'people', 'police', 'aircraft']);
const RATES: Record<string, string> = { hour: 'hour', month: 'month', year: 'year', week: 'week', day: 'day' };
const RATE_ADVERBS: Record<string, string> = { hourly: 'hour', monthly: 'month', annually: 'year', annual: 'year', weekly: 'week', daily: 'day', yearly: 'year' };
const MAX_NOUN_PHRASE = 6;

function isVerbish(token: Token): boolean {
  return VERB_TAGS.some((tag) => hasTag(token.lower, tag)) && !NOUN_TAGS.some((tag) => hasTag(token.lower, tag));
}

function isNounish(token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (isPluralNoun(token) || SINGULAR_COUNT_NOUNS.has(token.lower)) return true;
  if (/(?:ed|ing|ly)$/.test(token.lower)) return false;
  if (hasTag(token.lower, 'Demonym') && !/s$/.test(token.lower)) return false;
  if (NOUN_TAGS.some((tag) => hasTag(token.lower, tag))) return true;
  if (/^[A-Z]/.test(token.text)) return true;
  return !VERB_TAGS.some((tag) => hasTag(token.lower, tag)) && !hasTag(token.lower, 'Adjective') && !hasTag(token.lower, 'Adverb');
}

interface NounPhrase {
  words: Token[];
  last: number;
}

/** A noun phrase from `from` on, ending at its head: "North Korean soldiers", "Il-76 transport planes". */
function nounPhrase(tokens: Token[], from: number, allowAnd = true, limit = tokens.length): NounPhrase | null {
  const words: Token[] = [];
  let last = from - 1;
  let head = false;
  let i = from;
  const modifierBefore = (k: number) => {
    const next = tokens[k + 1];
    return next !== undefined && next.kind === 'word' && !STOP_WORDS.has(next.lower) && (isPluralAfterNumber(next) || isNounish(next) || /-/.test(next.lower));
  };
  while (i < limit && words.length < MAX_NOUN_PHRASE) {
    const token = tokens[i];
    // Model names and calibres inside the phrase: "three Il-76 transport planes", "six million 152 mm shells".
    if (token.text === '-' && token.attached && tokens[i + 1]?.kind === 'number' && tokens[i + 1].attached && words.length > 0) {
      i += 2;
      continue;
    }
    if (token.kind === 'number' && tokens[i + 1]?.lower === 'mm') {
      i += 2;
      continue;
    }
    if (token.text === '(' && tokens[i + 2]?.text === ')' && tokens[i + 1]?.kind === 'word' && words.length === 0) {
      i += 3;
      continue;
    }
    if (token.kind !== 'word') break;
    if (token.lower === 'and' && allowAnd && (head || (words.length > 0 && isNounish(words[words.length - 1]))) && tokens[i + 1]?.kind === 'word' && !STOP_WORDS.has(tokens[i + 1].lower) && (isPluralAfterNumber(tokens[i + 1]) || isNounish(tokens[i + 1]) || modifierBefore(i + 1))) {
      words.push(token);
      head = false;
      i += 1;
      continue;
    }
    if (STOP_WORDS.has(token.lower)) break;
    if (head) break;
    const plural = isPluralAfterNumber(token);
    // Participles and verbs before the head are modifiers ("deported children", "transport planes").
    if (!plural && (isVerbish(token) || /(?:ed|ing|ly)$/.test(token.lower)) && !modifierBefore(i)) break;
    words.push(token);
    if (plural || (SINGULAR_COUNT_NOUNS.has(token.lower) && !modifierBefore(i))) head = true;
    last = i;
    i += 1;
  }
  while (words.length > 0 && !(isPluralAfterNumber(words[words.length - 1]) || isNounish(words[words.length - 1]))) words.pop();
  while (words.length > 0 && words[words.length - 1].lower === 'and') words.pop();
  if (words.length === 0) return null;
  return { words, last: Math.max(last, tokens.indexOf(words[words.length - 1])) };
}

function phraseText(words: Token[]): string {
  return words.map((w, i) => (i > 0 && w.attached ? '' : i > 0 ? ' ' : '') + w.text).join('');
}

/** The unit a noun phrase counts: its head, or the whole phrase for "North Koreans". */
function unitOf(words: Token[]): string {
  const head = words[words.length - 1];
  if (words.length > 1 && words.every((w) => /^[A-Z]/.test(w.text)) && isPluralAfterNumber(head)) return phraseText(words);
  return /^[A-Z]{2,}$/.test(head.text) || (/^[A-Z]/.test(head.text) && isPluralAfterNumber(head)) ? head.text : head.lower;
}

function rateAfter(tokens: Token[], index: number): { rate: string; last: number } | null {
  const a = tokens[index + 1];
  const b = tokens[index + 2];
  if (a && (a.lower === 'per' || a.lower === 'a' || a.lower === 'an' || a.lower === 'each') && b && singularRate(b.lower)) return { rate: singularRate(b.lower) as string, last: index + 2 };
  if (a && a.lower in RATE_ADVERBS && a.lower !== 'annual') return { rate: RATE_ADVERBS[a.lower], last: index + 1 };
  return null;
}

function singularRate(word: string): string | null {
  return RATES[word] ?? null;
}

/** "a monthly stipend of approximately US$800": the rate and what is paid, before the amount. */
function moneyContextBefore(tokens: Token[], first: number): { what: string | null; rate: string | null } {
  const i = first - 1;
  if (tokens[i]?.lower !== 'of') return { what: null, rate: null };
  const words: Token[] = [];
  for (let j = i - 1; j >= 0 && words.length < 4; j -= 1) {
    const token = tokens[j];
    if (token.kind !== 'word' || STOP_WORDS.has(token.lower)) break;
    words.unshift(token);
  }
  if (words.length === 0) return { what: null, rate: null };
  const rateWord = words.find((w) => w.lower in RATE_ADVERBS);
  return { what: phraseText(words), rate: rateWord ? RATE_ADVERBS[rateWord.lower] : null };
}

function qualifierBefore(tokens: Token[], first: number): { qualifier: Qualifier; first: number } {
  if (first === 0) return { qualifier: 'exact', first };
  for (const [words, qualifier] of QUALIFIER_WORDS) {
    const start = first - words.length;
    if (start < 0) continue;
    if (words.every((word, k) => tokens[start + k].lower === word)) {
      // "over the past three months" is not a qualifier, and neither is "some of".
      return { qualifier, first: start };
    }
  }
  return { qualifier: 'exact', first };
}

function qualifierAfter(tokens: Token[], last: number): Qualifier | null {
  const a = tokens[last + 1]?.lower;
  const b = tokens[last + 2]?.lower;
  if (a === 'or' && b === 'so') return 'approx';
  if (a === 'or' && b === 'more') return 'at_least';
  if (a === 'or' && (b === 'fewer' || b === 'less')) return 'up_to';
  return null;
}

/** The second number of "4 to 6 million", "20,000-50,000", "between 150,000 and 300,000". */
function rangeEnd(tokens: Token[], mentions: NumberMention[], index: number, qualifierStart: number): NumberMention | null {
  const low = mentions[index];
  const high = mentions[index + 1];
  if (!high || high.kind !== 'figure' || low.kind !== 'figure' || low.proportion || high.proportion) return null;
  const link = tokens[low.last + 1];
  if (!link || high.first !== low.last + 2) return null;
  const dash = (link.text === '-' || link.text === '–' || link.text === '—') && (link.attached === tokens[low.last + 2]?.attached);
  const before = tokens[qualifierStart - 1]?.lower;
  const between = before === 'between' && link.lower === 'and';
  if (!dash && link.lower !== 'to' && !between) return null;
  if (before === 'from' || (link.lower === 'to' && ['increase', 'increased', 'rise', 'rose', 'fell', 'fall', 'grow', 'grew', 'reach'].includes(before ?? ''))) return null;
  return high;
}

/** The low end's value in the high end's scale: "5.7 to 6.7 million", "11 to 12,000", "$5 to $6 million". */
function scaleLow(low: NumberMention, high: NumberMention): number {
  if (low.scaled || low.value <= 0) return low.value;
  if (high.scaled && low.value * high.scale <= high.value) return Number((low.value * high.scale).toPrecision(12));
  if (high.value <= low.value) return low.value;
  const ratio = high.value / low.value;
  if (ratio < 100) return low.value;
  const scale = 10 ** (Math.floor(Math.log10(high.value)) - Math.floor(Math.log10(low.value)));
  const scaled = low.value * scale;
  return scaled <= high.value && high.value % scale === 0 ? Number(scaled.toPrecision(12)) : low.value;
}

interface UnitReading {
  unit: string | null;
  what: string | null;
  last: number;
  elided: boolean;
}

function readUnit(tokens: Token[], mention: NumberMention, after: number, qualifierFirst: number, limit: number): UnitReading {
  if (mention.noneOf) return { unit: mention.noneOf.toLowerCase(), what: phraseText(tokens.slice(mention.first + 1, tokens.findIndex((t, i) => i > mention.first && t.text === mention.noneOf) + 1)), last: after, elided: false };
  if (mention.percent) {
    const phrase = nounPhrase(tokens, after + 1, false, limit);
    const what = phrase && !isDurationWord(phrase.words[0].lower) ? phraseText(phrase.words) : null;
    return { unit: mention.percent, what, last: phrase && what ? phrase.last : after, elided: false };
  }
  if (mention.currency) {
    const context = moneyContextBefore(tokens, qualifierFirst);
    const rate = rateAfter(tokens, after);
    const perUnit = rate?.rate ?? context.rate;
    return { unit: perUnit ? `${mention.currency} per ${perUnit}` : mention.currency, what: context.what, last: rate?.last ?? after, elided: false };
  }
  // "4,000 of the roughly 11,000 North Korean troops", "100 of them": the unit is elsewhere.
  if (tokens[after + 1]?.lower === 'of' && /^(?:the|them|these|those)$/.test(tokens[after + 2]?.lower ?? '')) return { unit: null, what: null, last: after, elided: true };
  const phrase = nounPhrase(tokens, after + 1, true, limit);
  if (!phrase) return { unit: null, what: null, last: after, elided: true };
  let what = phraseText(phrase.words);
  let last = phrase.last;
  const head = phrase.words[phrase.words.length - 1];
  if (MEASURE_HEADS.has(head.lower) && tokens[last + 1]?.lower === 'of' && tokens[last + 2]?.kind === 'word' && !STOP_WORDS.has(tokens[last + 2].lower)) {
    const held = nounPhrase(tokens, last + 2, true, limit);
    if (held) {
      what = `${what} of ${phraseText(held.words)}`;
      last = held.last;
    }
  }
  const rate = rateAfter(tokens, last);
  const unit = unitOf(phrase.words);
  return { unit: rate ? `${unit} per ${rate.rate}` : unit, what, last: rate?.last ?? last, elided: false };
}

/** The quantities of one sentence, in order. Numbers that are not figures are left out. */
export function readQuantities(sentence: Sentence, mentions: NumberMention[]): Quantity[] {
  const tokens = sentence.tokens;
  const quantities: Quantity[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const mention = mentions[i];
    if (mention.kind !== 'figure') continue;
    const before = qualifierBefore(tokens, mention.first);
    let qualifier: Qualifier = mention.suffixQualifier ?? before.qualifier;
    let value = mention.value;
    let low: number | null = null;
    let high: number | null = null;
    let end = mention;
    const other = rangeEnd(tokens, mentions, i, before.first);
    if (other) {
      low = scaleLow(mention, other);
      high = other.value;
      if (low < high) {
        qualifier = 'range';
        value = Number(((low + high) / 2).toPrecision(12));
        end = other;
        i += 1;
      } else {
        low = null;
        high = null;
      }
    }
    const unitSource = end === mention ? mention : { ...other!, currency: other!.currency ?? mention.currency, percent: other!.percent ?? mention.percent };
    const next = mentions.slice(i + 1).find((m) => m.kind === 'figure');
    const unit = readUnit(tokens, unitSource, end.last, before.first, next ? next.first : tokens.length);
    const after = qualifier === 'exact' ? qualifierAfter(tokens, unit.last) : null;
    if (after) qualifier = after;
    quantities.push({
      first: before.first,
      last: Math.max(unit.last, end.last),
      at: mention.at,
      value,
      qualifier,
      low,
      high,
      unit: unit.unit,
      what: unit.what,
      elided: unit.elided,
      spelled: mention.spelled,
      proportion: mention.proportion,
    });
  }
  carryQualifiers(tokens, quantities);
  return quantities;
}

/** "some 300 killed and 2,700 wounded": a qualifier before the first of two joined numbers covers both. */
function carryQualifiers(tokens: Token[], quantities: Quantity[]): void {
  for (let k = 1; k < quantities.length; k += 1) {
    const previous = quantities[k - 1];
    const current = quantities[k];
    if (current.qualifier !== 'exact' || previous.qualifier === 'exact' || previous.qualifier === 'range') continue;
    if (tokens[current.first - 1]?.lower !== 'and' || current.first - previous.last > 8) continue;
    current.qualifier = previous.qualifier;
  }
}

/** "the number of containers ... is about 5,000": the counted noun of a number written without one. */
export function numberOfBefore(tokens: Token[], before: number): { unit: string; what: string } | null {
  for (let i = before - 1; i > 0; i -= 1) {
    if (tokens[i].lower !== 'of' || tokens[i - 1].lower !== 'number') continue;
    const phrase = nounPhrase(tokens, i + 1, false);
    if (phrase) return { unit: unitOf(phrase.words), what: phraseText(phrase.words) };
  }
  return null;
}

/** "put total casualties at more than 3,000": the counted noun before "at". */
export function nounBeforeAt(tokens: Token[], first: number): { unit: string; what: string } | null {
  if (tokens[first - 1]?.lower !== 'at') return null;
  const words: Token[] = [];
  for (let i = first - 2; i >= 0 && words.length < 3 && tokens[i].kind === 'word' && !STOP_WORDS.has(tokens[i].lower); i -= 1) words.unshift(tokens[i]);
  if (words.length === 0 || !isPluralNoun(words[words.length - 1])) return null;
  return { unit: unitOf(words), what: phraseText(words) };
}

/** "4,000 of the roughly 11,000 North Korean troops": the unit of the number after "of the". */
export function partitiveUnit(quantities: Quantity[], index: number, tokens: Token[]): { unit: string; what: string | null } | null {
  const current = quantities[index];
  const next = quantities[index + 1];
  if (tokens[current.last + 1]?.lower !== 'of' || !next || next.first > current.last + 4 || !next.unit) return null;
  return { unit: next.unit, what: next.what };
}
