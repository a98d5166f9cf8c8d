// Who makes a claim, and who passed it on. Cue words ("according to X", "X said", "said X", "X told
// Y", "X estimated", "citing X", "as reported by X", "data released by X showed") give source spans;
// the source nearest the figure, inside the clause that holds it, is the claimant; a lawmaker, an
// outlet or an outer source is the `via`. Pronouns and bare descriptions ("he", "the agency") stand
// for a claimant named earlier in the paragraph; sources with nothing that identifies them
// ("officials", "the study", "experts") are not claimants.
import { hasTag, isOrgWord } from './lexicon';
import type { Sentence, Token } from './tokens';

export interface Attribution {
  claimant: string | null;
  via: string | null;
}

type SourceKind = 'named' | 'lawmaker' | 'outlet' | 'pronoun' | 'anaphor' | 'bare';

interface Source {
  name: string;
  kind: SourceKind;
  /** Person-like ("he", "she", a name) rather than a body ("it", "they", an agency). */
  person: boolean;
  /** Data rather than who holds it ("American data", "Russian statistics"): a named source in the same sentence wins. */
  weak: boolean;
}

type CueKind = 'speech' | 'according' | 'citing' | 'reported_by' | 'by';

interface Cue {
  kind: CueKind;
  source: Source;
  /** Token index of the cue word ("said", "according", "citing"). */
  at: number;
  /** First and last token of the source span. */
  from: number;
  to: number;
  /** For "according to": whether it governs what follows it (sentence-initial) or what precedes it. */
  governsAfter: boolean;
  /** A closing attribution (", X said."): it may cover figures before it. */
  closing: boolean;
}

const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'stated', 'states', 'told', 'tells', 'reported', 'reports', 'estimated', 'estimates',
  'estimate', 'revealed', 'reveals', 'announced', 'announces', 'added', 'adds', 'confirmed', 'confirms', 'claimed',
  'claims', 'claim', 'believes', 'believe', 'found', 'finds', 'wrote', 'writes', 'noted', 'notes', 'declared',
  'declares', 'informed', 'informs', 'expects', 'expect', 'warned', 'warns', 'show', 'shows', 'showed', 'indicated',
  'indicates', 'suggested', 'suggests', 'acknowledged', 'acknowledges', 'admitted', 'disclosed', 'explained',
  'testified', 'counted', 'assessed', 'calculated', 'documented', 'recorded', 'put', 'puts',
]);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const SKIPPABLE = new Set(['has', 'have', 'had', 'also', 'previously', 'recently', 'earlier', 'further', 'later', 'then', 'explicitly', 'repeatedly', 'separately', 'already', 'officially', 'publicly', 'reportedly', 'once', 'again', 'likewise', 'similarly']);
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'but', 'while', 'because', 'when', 'if', 'although', 'though', 'whereas', 'since', 'after', 'before', 'as', 'where', 'so']);
const BOUNDARY_SYMBOLS = new Set([',', ';', ':', '“', '”', '"', '(', ')', '—', '–', '.', '!', '?']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
const PRONOUNS: Record<string, boolean> = { he: true, she: true, it: false, they: false, we: false, i: true };
/** Descriptions that refer back to a source already named: "the agency", "the minister". */
const ANAPHORS = new Set([
  'agency', 'ministry', 'minister', 'official', 'spokesman', 'spokesperson', 'service', 'leader', 'president', 'ngo',
  'organization', 'organisation', 'group', 'government', 'office', 'department', 'committee', 'council', 'army',
  'military', 'commander', 'report', 'study', 'survey', 'analysis', 'assessment', 'representative', 'intelligence',
  'directorate', 'bureau', 'centre', 'center', 'lab', 'observatory', 'initiative', 'official', 'statement',
]);
const TITLE_WORDS = new Set([
  'president', 'vice', 'minister', 'ministers', 'ambassador', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson',
  'secretary', 'press', 'general', 'major', 'lieutenant', 'colonel', 'col', 'gen', 'lt', 'governor', 'mayor', 'chief',
  'head', 'director', 'commissioner', 'adviser', 'advisor', 'chairman', 'chairwoman', 'chair', 'senator', 'sen', 'rep',
  'representative', 'mp', 'lawmaker', 'legislator', 'envoy', 'official', 'prosecutor', 'prime', 'premier', 'leader',
  'commander', 'marshal', 'admiral', 'dr', 'mr', 'mrs', 'ms', 'prof', 'foreign', 'defense', 'defence', 'interior',
  'national', 'security', 'white', 'house', 'pentagon', 'human', 'rights', 'first', 'assistant', 'acting', 'former',
  'state', 'expert', 'analyst', 'researcher', 'activist', 'journalist', 'correspondent', 'editor', 'founder', 'ceo',
  'council', 'office', 'intelligence', 'military', 'navy', 'army', 'staff', 'joint', 'chiefs', 'us', 'u', 's', 'uk',
]);
const ROLE_NOUNS = new Set(['chairman', 'chairwoman', 'director', 'head', 'expert', 'analyst', 'spokesman', 'spokesperson', 'spokeswoman', 'adviser', 'advisor', 'official', 'commander', 'member', 'deputy', 'researcher', 'secretary', 'minister', 'ambassador', 'governor', 'leader', 'chief', 'founder', 'activist']);
const KOREAN_SURNAMES = new Set(['kim', 'lee', 'park', 'choi', 'shin', 'ri', 'jang', 'kang', 'cho', 'yoon', 'jung', 'han', 'moon', 'pak', 'choe', 'rim']);
const LAWMAKER_WORDS = new Set(['lawmaker', 'lawmakers', 'mp', 'mps', 'legislator', 'legislators', 'parliamentarian', 'senator', 'senators', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman']);
const OUTLETS = [
  'reuters', 'ap', 'afp', 'bloomberg', 'cnn', 'bbc', 'nhk', 'yonhap', 'tass', 'ria novosti', 'ria', 'interfax',
  'interfax-ukraine', 'ukrinform', 'sky news', 'radio free asia', 'rfa', 'rfe/rl', 'radio liberty', 'kcna', 'xinhua',
  'kyodo', 'telegraph', 'sputnik', 'suspilne', 'nk news', 'dw', 'cbs', 'nbc', 'abc', 'fox news', 'al jazeera',
  'the war zone', 'newsweek', 'politico', 'axios', 'financial times', 'wall street journal', 'washington post',
  'guardian', 'kyiv independent', 'rbc-ukraine', 'liga.net', 'mediazona', 'meduza', 'novaya gazeta', 'izvestia',
];
const OUTLET_PHRASES = /\b(?:news agency|newspaper|broadcaster|television|tv channel|radio station|news service)\b/;
const BY_ORIGIN = new Set(['conducted', 'published', 'released', 'compiled', 'disclosed', 'collected', 'reviewed', 'provided', 'issued', 'gathered', 'analysed', 'analyzed', 'prepared', 'commissioned']);
const BY_RELAY = new Set(['summarised', 'summarized', 'cited', 'carried', 'reported', 'relayed', 'quoted']);
const BY_NOUNS = new Set(['study', 'report', 'analysis', 'survey', 'briefing', 'assessment', 'estimate', 'estimates', 'review', 'count', 'investigation']);
const DESCRIPTOR_TAILS = new Set(['initiative', 'programme', 'program', 'project', 'campaign', 'platform', 'portal', 'network', 'movement', 'register', 'database']);
const DATA_WORDS = new Set(['data', 'statistics', 'figures', 'information', 'estimates', 'estimate', 'numbers', 'records', 'calculations', 'count', 'imagery']);
/** Verbs that may come before their subject: '"...," said Kateryna Rashevska'. */
const INVERTING = new Set(['said', 'says', 'added', 'wrote', 'noted', 'stated', 'declared', 'reported', 'explained']);
const CONJUNCTIONS = new Set(['and', 'but', 'or']);
const WEEKDAY_OR_TIME = (t: Token | undefined) => t !== undefined && (hasTag(t.lower, 'WeekDay') || hasTag(t.lower, 'Month') || hasTag(t.lower, 'Date') || t.kind === 'number');
const AUDIENCE = new Set(['lawmakers', 'reporters', 'journalists', 'media', 'parliament', 'legislators', 'mps', 'members', 'the', 'a', 'an', 'his', 'her', 'their', 'council', 'committee', 'session', 'conference', 'audience', 'students']);

function capitalised(token: Token): boolean {
  return token.kind === 'word' && /^[A-ZÀ-ÖØ-Þ]/.test(token.text);
}

function isPlaceOrNation(token: Token): boolean {
  const base = token.lower.replace(/['’]s$/, '');
  return ['Country', 'City', 'Place', 'Region', 'Demonym'].some((tag) => hasTag(base, tag)) || /^(?:north|south)$/.test(base);
}

function spanText(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to].end);
}

/** "South Korean Defense Minister Shin Won-sik" is Shin Won-sik; "the UK ministry of defence" stays whole. */
function personName(tokens: Token[], from: number, to: number): [number, number] | null {
  let end = to;
  while (end >= from && tokens[end].kind === 'symbol') end -= 1;
  if (end < from || !capitalised(tokens[end])) return null;
  const run: number[] = [];
  for (let i = end; i >= from && capitalised(tokens[i]) && run.length < 3; i -= 1) {
    const lower = tokens[i].lower;
    if (TITLE_WORDS.has(lower) || isOrgWord(lower) || isPlaceOrNation(tokens[i]) || /['’]s$/.test(lower) || /^[A-Z]{2,}$/.test(tokens[i].text)) break;
    run.unshift(i);
  }
  if (run.length === 0) return null;
  if (run.length === 3 && !KOREAN_SURNAMES.has(tokens[run[0]].lower)) run.shift();
  const start = run[0];
  // "the region of Primorsky Krai": a name after a preposition belongs to the phrase, not to a person.
  if (/^(?:of|in|for|at|from|on)$/.test(tokens[start - 1]?.lower ?? '')) return null;
  const rest = tokens.slice(from, start).filter((t) => t.kind === 'word');
  // A lone capitalised word after an organisation's words is part of its name ("the Regional Center").
  if (rest.length > 0 && run.length === 1 && !rest.some((t) => TITLE_WORDS.has(t.lower))) return null;
  return [start, end];
}

function classifySource(text: string, tokens: Token[], from: number, to: number, sentenceStart: number): Source | null {
  while (from <= to && (tokens[from].kind === 'symbol' || DETERMINERS.has(tokens[from].lower) || CONJUNCTIONS.has(tokens[from].lower))) from += 1;
  // "the UK-based research group", "the Seoul-based NK Watch": the base is a description, not the name.
  while (from < to && /-based$/.test(tokens[from].lower)) from += 1;
  while (to >= from && tokens[to].kind === 'symbol' && tokens[to].text !== ')') to -= 1;
  if (from > to) return null;
  const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word');
  if (words.length === 0) return null;
  const lowers = words.map((w) => w.lower);
  const full = spanText(text, tokens, from, to).replace(/[“”"]/g, '').trim();
  const weak = DATA_WORDS.has(lowers[lowers.length - 1]);
  if (words.length === 1 && lowers[0] in PRONOUNS) return { name: lowers[0], kind: 'pronoun', person: PRONOUNS[lowers[0]], weak };
  if (words.length === 1 && ANAPHORS.has(lowers[0]) && DETERMINERS.has(tokens[from - 1]?.lower ?? '')) return { name: full, kind: 'anaphor', person: ROLE_NOUNS.has(lowers[0]), weak };
  if (lowers.some((w) => LAWMAKER_WORDS.has(w))) {
    const person = personName(tokens, from, to);
    return { name: person ? spanText(text, tokens, person[0], person[1]) : full, kind: 'lawmaker', person: true, weak };
  }
  const lowerFull = full.toLowerCase().replace(/’/g, "'");
  const outlet = OUTLETS.find((o) => lowerFull === o || lowerFull.endsWith(` ${o}`) || lowerFull.startsWith(`${o}'s `));
  if (outlet || OUTLET_PHRASES.test(lowerFull)) {
    // "the Russian state news agency TASS" is TASS; "Japan's NHK" stays as written.
    const agency = /news agency (\S+(?: \S+)?)$/i.exec(full);
    return { name: agency && outlet ? agency[1] : full, kind: 'outlet', person: false, weak };
  }
  const identifying = words.some((w, k) => (capitalised(w) && !(tokens.indexOf(w) === sentenceStart && k === 0 && !isPlaceOrNation(w) && (hasTag(w.lower, 'Plural') || hasTag(w.lower, 'Singular') || hasTag(w.lower, 'Adjective') || /s$/.test(w.lower)))) || isPlaceOrNation(w));
  if (!identifying) {
    const head = lowers[lowers.length - 1];
    return { name: full, kind: words.length <= 3 && ANAPHORS.has(head) && DETERMINERS.has(tokens[from - 1]?.lower ?? '') ? 'anaphor' : 'bare', person: ROLE_NOUNS.has(head), weak };
  }
  const person = personName(tokens, from, to);
  if (person) return { name: spanText(text, tokens, person[0], person[1]), kind: 'named', person: true, weak: false };
  // "the Bring Kids Back UA initiative" is Bring Kids Back UA.
  if (DESCRIPTOR_TAILS.has(tokens[to].lower) && !capitalised(tokens[to]) && to > from && capitalised(tokens[to - 1])) {
    return { name: spanText(text, tokens, from, to - 1).replace(/[“”"]/g, '').trim(), kind: 'named', person: false, weak };
  }
  return { name: full, kind: 'named', person: false, weak };
}

/** Where a source span ends going forward: a comma, a clause word, "in collaboration with", a gerund. */
function forwardEnd(tokens: Token[], from: number): number {
  let i = from;
  for (; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.kind === 'symbol' && BOUNDARY_SYMBOLS.has(t.text) && !(t.text === '(' && /^[A-Z]+$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')')) break;
    if (t.kind === 'symbol' && t.text === '(') {
      i += 2;
      continue;
    }
    if (t.kind === 'word' && i > from && (CLAUSE_WORDS.has(t.lower) || (/ing$/.test(t.lower) && !capitalised(t)) || (SPEECH_VERBS.has(t.lower) && tokens[i + 1]?.lower !== 'by'))) break;
    if (t.lower === 'in' && /^(?:collaboration|cooperation|a|an|its|his|her|their)$/.test(tokens[i + 1]?.lower ?? '')) break;
    if ((t.lower === 'on' || t.lower === 'in') && WEEKDAY_OR_TIME(tokens[i + 1])) break;
    if ((t.lower === 'reported' && tokens[i + 1]?.lower === 'by') || t.lower === 'as') break;
    if (t.kind === 'number' && !(tokens[i - 1]?.lower.endsWith('’s') || tokens[i - 1]?.lower.endsWith("'s") || tokens[i - 1]?.lower === 'the') && !/^[A-Z]/.test(tokens[i + 1]?.text ?? '')) break;
  }
  return i - 1;
}

/** Where a subject ends going back from its verb: the clause's start. */
function backwardStart(tokens: Token[], to: number, floor: number): number {
  let i = to;
  for (; i > floor; i -= 1) {
    const t = tokens[i - 1];
    // "U.S." and "U.N.'s" are not sentence ends.
    if (t.text === '.' && t.attached && /^[A-Z]$/.test(tokens[i - 2]?.text ?? '')) continue;
    if (t.kind === 'symbol' && BOUNDARY_SYMBOLS.has(t.text) && !(t.text === '(' || t.text === ')')) break;
    if (t.kind === 'word' && (CLAUSE_WORDS.has(t.lower) || (SPEECH_VERBS.has(t.lower) && !capitalised(t)) || t.lower === 'according')) break;
    // A number ends the subject, unless it is part of a name: "3rd Assault Brigade", "1718 Sanctions Committee".
    if (t.kind === 'number' && !(tokens[i]?.attached && tokens[i].kind === 'word') && !capitalised(tokens[i] ?? t)) break;
    if (t.kind === 'word' && /ly$/.test(t.lower) && !capitalised(t) && t.lower !== 'daily') break;
  }
  return i;
}

/** A subject ends before a participle or gerund clause: "the Sanctions Committee overseeing the regime". */
function cutClause(tokens: Token[], from: number, to: number): number {
  for (let i = from + 1; i <= to; i += 1) if (tokens[i].kind === 'word' && !capitalised(tokens[i]) && /ing$/.test(tokens[i].lower)) return i - 1;
  return to;
}

/** Splits "data released by X" into X, and "official data summarised by Babel" into the data and Babel. */
function reduceBy(tokens: Token[], from: number, to: number): { from: number; to: number; relay: [number, number] | null } {
  for (let i = from + 1; i < to; i += 1) {
    if (tokens[i + 1]?.lower !== 'by') continue;
    const word = tokens[i].lower;
    if (BY_ORIGIN.has(word) || BY_NOUNS.has(word)) return { from: i + 2, to, relay: null };
    if (BY_RELAY.has(word)) return { from, to: i - 1, relay: [i + 2, to] };
  }
  return { from, to, relay: null };
}

/** "Grigory Karasin, chairman of the committee, reported": the name before an appositive of a role. */
function beforeAppositive(tokens: Token[], from: number, floor: number): [number, number] | null {
  let first = from;
  while (first < tokens.length && DETERMINERS.has(tokens[first].lower)) first += 1;
  if (!tokens[first] || capitalised(tokens[first]) || /s$/.test(tokens[first].lower) || !(ROLE_NOUNS.has(tokens[first].lower) || hasTag(tokens[first].lower, 'Actor'))) return null;
  const comma = from - 1;
  if (tokens[comma]?.text !== ',') return null;
  const start = backwardStart(tokens, comma - 1, floor);
  if (start > comma - 1) return null;
  // Only a name stands before such an appositive: "Grigory Karasin, chairman of ...".
  const names = tokens.slice(start, comma).every((t) => capitalised(t) || (t.kind === 'symbol' && t.text === '-'));
  return names ? [start, comma - 1] : null;
}

function isBoundary(token: Token | undefined): boolean {
  return token === undefined || (token.kind === 'symbol' && BOUNDARY_SYMBOLS.has(token.text));
}

/** The subject right after an inverting verb looks like a source: "said Kateryna Rashevska", "said the NGO". */
function sourceFollows(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  const second = tokens[at + 1];
  if (!first || first.kind !== 'word') return false;
  return capitalised(first) || (DETERMINERS.has(first.lower) && second !== undefined && (capitalised(second) || ANAPHORS.has(second.lower)));
}

/** Skips ", in turn," and similar short asides between a subject and its verb. */
function skipAside(tokens: Token[], verbFrom: number): number {
  if (tokens[verbFrom - 1]?.text !== ',') return verbFrom;
  for (let k = verbFrom - 2; k >= verbFrom - 4 && k > 0; k -= 1) {
    if (tokens[k].kind !== 'word' || capitalised(tokens[k])) return verbFrom;
    if (tokens[k - 1]?.text === ',') return k - 1;
  }
  return verbFrom;
}

/** The subject of a verb whose subject comes before it, as a token span, or null. */
function subjectBefore(tokens: Token[], verbFrom: number): [number, number] | null {
  let end = verbFrom - 1;
  // "..., who estimated": the subject is what the relative clause hangs on.
  if (tokens[end] && /^(?:who|which)$/.test(tokens[end].lower) && tokens[end - 1]?.text === ',') end -= 2;
  // ", Ri Song Chol, told": the subject is the segment before the comma.
  else if (tokens[end]?.text === ',') end -= 1;
  if (end < 0) return null;
  let start = backwardStart(tokens, end, 0);
  // "Authorities in Primorsky Krai, which borders North Korea, expect": skip the relative clause.
  if (start > 1 && /^(?:which|who)$/.test(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.text === ',') {
    end = start - 3;
    if (end < 0) return null;
    start = backwardStart(tokens, end, 0);
  }
  if (start > end) return null;
  const appositive = beforeAppositive(tokens, start, 0);
  if (appositive) return appositive;
  return [start, cutClause(tokens, start, end)];
}

export function findCues(text: string, tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  const add = (kind: CueKind, at: number, from: number, to: number, closing: boolean, governsAfter = true) => {
    if (from > to) return;
    const reduced = reduceBy(tokens, from, to);
    const source = classifySource(text, tokens, reduced.from, reduced.to, 0);
    if (!source) return;
    cues.push({ kind, source, at, from: reduced.from, to: reduced.to, governsAfter, closing });
    if (reduced.relay) {
      const relay = classifySource(text, tokens, reduced.relay[0], reduced.relay[1], 0);
      if (relay) cues.push({ kind: 'reported_by', source: relay, at, from: reduced.relay[0], to: reduced.relay[1], governsAfter, closing });
    }
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const end = forwardEnd(tokens, i + 2);
      add('according', i, i + 2, end, i > 0 && tokens[i - 1]?.text === ',', i === 0 || tokens[i - 1]?.text !== ',');
      continue;
    }
    if (t.lower === 'citing') {
      add('citing', i, i + 1, forwardEnd(tokens, i + 1), true);
      continue;
    }
    if ((t.lower === 'reported' || t.lower === 'cited') && tokens[i + 1]?.lower === 'by') {
      add('reported_by', i, i + 2, forwardEnd(tokens, i + 2), true);
      continue;
    }
    if (BY_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'by' && (t.lower === 'briefing' || tokens[i - 1]?.lower === 'a' || tokens[i - 1]?.lower === 'the')) {
      add('by', i, i + 2, forwardEnd(tokens, i + 2), true);
      continue;
    }
    if (!SPEECH_VERBS.has(t.lower) || capitalised(t)) continue;
    if (BE_FORMS.has(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.lower === 'by' || tokens[i - 1]?.lower === 'as') continue;
    if ((t.lower === 'put' || t.lower === 'puts') && !/^(?:the|it)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    let verbFrom = i;
    while (verbFrom > 0 && SKIPPABLE.has(tokens[verbFrom - 1].lower)) verbFrom -= 1;
    verbFrom = skipAside(tokens, verbFrom);
    const previous = tokens[verbFrom - 1];
    if (verbFrom === i && isBoundary(previous) && INVERTING.has(t.lower) && sourceFollows(tokens, i + 1)) {
      add('speech', i, i + 1, forwardEnd(tokens, i + 1), previous !== undefined);
      continue;
    }
    const subject = subjectBefore(tokens, verbFrom);
    if (subject) {
      const before = tokens[subject[0] - 1];
      const closing = before !== undefined && /^[,”"’—]$/.test(before.text) && !CONJUNCTIONS.has(tokens[subject[0]].lower);
      add('speech', i, subject[0], subject[1], closing);
    }
    if (t.lower === 'told' || t.lower === 'tells' || t.lower === 'informed') {
      const objectEnd = forwardEnd(tokens, i + 1);
      const object = objectEnd > i ? classifySource(text, tokens, i + 1, objectEnd, 0) : null;
      if (object && object.kind === 'outlet' && !AUDIENCE.has(tokens[i + 1].lower)) cues.push({ kind: 'reported_by', source: object, at: i, from: i + 1, to: objectEnd, governsAfter: true, closing: true });
    }
  }
  // "The spy agency told lawmakers ..., according to Lee": a person who was told is a lawmaker passing it on.
  const toldLawmakers = tokens.some((t, i) => /^(?:told|informed|briefed)$/.test(t.lower) && LAWMAKER_WORDS.has(tokens[i + 1]?.lower ?? ''));
  if (toldLawmakers) for (const cue of cues) if (cue.kind === 'according' && cue.source.person && cue.source.kind === 'named') cue.source = { ...cue.source, kind: 'lawmaker' };
  return cues;
}

export interface SentenceAttribution {
  /** Who claims the figure whose number is at this token. */
  attribute(at: number): Attribution;
  /** The sentence opens with "According to X,": X covers the sentences after it in the paragraph. */
  opener: string | null;
  /** Named sources of this sentence, for pronouns in the sentences after it. */
  named: Source[];
}

/** How far a cue is from the figure at `at`, or null when the figure is outside what the cue covers. */
function reach(cue: Cue, at: number, numberPositions: readonly number[]): number | null {
  if (cue.kind === 'reported_by') return null;
  if (cue.kind === 'according') {
    if (cue.governsAfter) return at > cue.to ? at - cue.at : null;
    if (at < cue.at) return cue.at - at;
    // "..., according to X, N ...": covers what follows when nothing came before it.
    return at > cue.to && !numberPositions.some((p) => p < cue.at) ? at - cue.to : null;
  }
  if (cue.kind === 'citing' || cue.kind === 'by') return Math.abs(at - cue.at) + 0.5;
  if (at > cue.at) return at - cue.at;
  if (at < cue.from && cue.closing) return cue.from - at + 1;
  return null;
}

/** Attribution for the figures of one sentence, given the named sources of the sentences before it. */
export function attributeSentence(text: string, sentence: Sentence, numberPositions: number[], earlier: readonly Source[]): SentenceAttribution {
  const cues = findCues(text, sentence.tokens);
  const resolve = (source: Source): Source | null => {
    if (source.kind !== 'pronoun' && source.kind !== 'anaphor') return source;
    for (let k = earlier.length - 1; k >= 0; k -= 1) {
      if (source.kind === 'anaphor' || earlier[k].person === source.person) return earlier[k];
    }
    return null;
  };
  const named = cues.flatMap((c) => {
    const source = resolve(c.source);
    return source && source.kind === 'named' && c.kind !== 'reported_by' ? [source] : [];
  });
  const opener = cues.find((c) => c.kind === 'according' && c.at === 0 && c.source.kind === 'named')?.source.name ?? null;

  const attribute = (at: number): Attribution => {
    const scored = cues
      .map((cue) => ({ cue, distance: reach(cue, at, numberPositions), source: resolve(cue.source) }))
      .filter((c): c is { cue: Cue; distance: number; source: Source } => c.distance !== null && c.source !== null && c.source.kind !== 'bare');
    const citing = scored.find((c) => c.cue.kind === 'citing' && c.source.kind === 'named');
    let claimants = scored.filter((c) => c.source.kind === 'named');
    if (claimants.some((c) => !c.source.weak)) claimants = claimants.filter((c) => !c.source.weak);
    // A speech cue before the figure is inside any closing one after it ("X reported that N ..., the Office reports").
    if (claimants.some((c) => c.cue.kind === 'speech' && at > c.cue.at)) claimants = claimants.filter((c) => !(c.cue.kind === 'speech' && at < c.cue.at));
    const ranked = claimants.sort((a, b) => a.distance - b.distance);
    const chosen = citing ?? ranked[0] ?? scored.filter((c) => c.source.kind === 'outlet').sort((a, b) => a.distance - b.distance)[0];
    const claimant = chosen?.source ?? null;
    const viaOrder: SourceKind[] = ['lawmaker', 'outlet', 'named'];
    const relays = cues.filter((c) => c.kind === 'reported_by').map((c) => resolve(c.source)).filter((s): s is Source => s !== null && s.kind !== 'bare');
    const others = scored
      .filter((c) => c.source !== claimant && c.source.name !== claimant?.name && !c.source.weak)
      .sort((a, b) => viaOrder.indexOf(a.source.kind) - viaOrder.indexOf(b.source.kind));
    const via = relays.find((r) => r.name !== claimant?.name)?.name ?? others.find((c) => c.source.kind !== 'pronoun' && c.source.kind !== 'anaphor')?.source.name ?? null;
    return { claimant: claimant?.name ?? null, via };
  };
  return { attribute, opener, named };
}

export type { Source };
