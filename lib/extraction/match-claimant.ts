// Which existing claimant a name in the text is. Names are compared after folding the ways news
// writes the same body ("Seoul's spy agency", "South Korea's intelligence agency", "the NIS"; "Britain's
// defense ministry", "UK Ministry of Defence") and people ("Zelenskyy", "Volodymyr Zelensky").
import type { ClaimantInfo } from './types';

export interface ClaimantMatch {
  claimant: ClaimantInfo;
  score: number;
}

const STOP = new Set(['the', 'of', 'and', 'for', 'a', 'an', 's', 'on', 'in', 'at']);
const PHRASES: Array<[RegExp, string]> = [
  [/\b(?:u\.?\s?s\.?|united states|american|washington)\b(?:'s)?/g, ' us '],
  [/\b(?:u\.?\s?k\.?|britain|british|united kingdom)\b(?:'s)?/g, ' uk '],
  [/\b(?:u\.?\s?n\.?|united nations)\b(?:'s)?/g, ' un '],
  [/\b(?:south korea(?:'s|n)?|seoul(?:'s)?|republic of korea)\b/g, ' southkorea '],
  [/\b(?:north korea(?:'s|n)?|pyongyang(?:'s)?|dprk)\b/g, ' northkorea '],
  [/\b(?:ukraine(?:'s)?|ukrainian|kyiv(?:'s)?)\b/g, ' ukraine '],
  [/\b(?:russia(?:'s)?|russian|moscow(?:'s)?|kremlin)\b/g, ' russia '],
  [/\bdefense\b/g, 'defence'],
  [/\bministry of (?:national )?defence\b/g, 'defence ministry'],
  [/\b(?:military|defence) intelligence(?: directorate| agency of ukraine)?\b|\bhur\b|\bgur\b/g, 'defence intelligence'],
  [/\b(?:spy|intelligence) agency\b/g, 'intelligence service'],
  [/\bnational intelligence service\b|\bnis\b/g, 'intelligence service'],
  [/\bcentre\b/g, 'center'],
  [/\bzelenskyy\b/g, 'zelensky'],
];

/** Lower case, ASCII apostrophes, no parentheses or titles of respect, synonyms folded. */
export function normaliseName(name: string): string {
  let text = ` ${name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/\([^)]*\)/g, ' ')} `;
  text = text.replace(/[-–]/g, ' ').replace(/["“”]/g, ' ');
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  return text.replace(/[^a-z0-9' ]/g, ' ').replace(/'s\b/g, '').replace(/'/g, '').replace(/\s+/g, ' ').trim();
}

function tokensOf(name: string): string[] {
  return normaliseName(name).split(' ').filter((t) => t && !STOP.has(t));
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 6) return false;
  return editDistance(a, b) <= (Math.min(a.length, b.length) >= 9 ? 2 : 1);
}

/** Initials of a name's capitalised words, without a leading country: "National Intelligence Service" is NIS. */
function acronyms(name: string): string[] {
  const inParentheses = [...name.matchAll(/\(([A-Z]{2,6})\)/g)].map((m) => m[1].toLowerCase());
  const words = name.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !/['’]s$/.test(w) && !STOP.has(w.toLowerCase()));
  const initials = words.map((w) => w[0]).join('').toLowerCase();
  return initials.length >= 3 ? [...inParentheses, initials] : inParentheses;
}

function looksLikePerson(tokens: string[], original: string): boolean {
  return tokens.length >= 1 && tokens.length <= 3 && /^[A-Z][a-z]/.test(original.trim()) && !/\b(?:of|'s|’s)\b/.test(original) && !/(?:ministry|agency|service|office|government|council|committee|department|intelligence|center|centre|bureau|staff|data|statistics|portal|sources|officials|authorities|times|news|lab|group|team|initiative|foundation|observatory|directorate|administration)/i.test(original);
}

function personScore(candidate: string[], known: string[]): number {
  if (candidate.length === 0 || known.length === 0) return 0;
  const last = candidate[candidate.length - 1];
  if (candidate.length === 1) {
    // One word: a surname (or a Korean family name, written first).
    return similarWord(last, known[known.length - 1]) || (known.length > 1 && last === known[0]) ? 0.85 : 0;
  }
  const surnames = similarWord(last, known[known.length - 1]) || (candidate[0] === known[0] && similarWord(candidate.slice(1).join(''), known.slice(1).join('')));
  if (!surnames) return 0;
  return similarWord(candidate[0], known[0]) || candidate[0][0] === known[0][0] ? 1 : 0;
}

function bodyScore(candidate: string[], known: string[]): number {
  const a = new Set(candidate);
  const b = new Set(known);
  const shared = [...a].filter((t) => b.has(t)).length;
  if (shared === 0) return 0;
  const jaccard = shared / new Set([...a, ...b]).size;
  // "National Information Bureau under the Reintegration Ministry" is the National Information Bureau.
  const prefix = known.length >= 2 && known.every((t, i) => candidate[i] === t) ? 0.8 : 0;
  return Math.max(jaccard, prefix);
}

const MATCH_THRESHOLD = 0.6;

interface KnownClaimant {
  claimant: ClaimantInfo;
  tokens: string[];
  joined: string;
  acronyms: string[];
  person: boolean;
}

export type ClaimantMatcher = (name: string | null) => ClaimantMatch | null;

/** A matcher over a list of claimants, with their names normalised once and each name looked up once. */
export function createClaimantMatcher(claimants: readonly ClaimantInfo[]): ClaimantMatcher {
  const known: KnownClaimant[] = claimants.map((claimant) => {
    const tokens = tokensOf(claimant.name);
    return { claimant, tokens, joined: tokens.join(' '), acronyms: acronyms(claimant.name), person: looksLikePerson(tokens, claimant.name) };
  });
  const cache = new Map<string, ClaimantMatch | null>();
  const lookup = (name: string): ClaimantMatch | null => {
    const candidate = tokensOf(name);
    if (candidate.length === 0) return null;
    const normalised = candidate.join(' ');
    const letters = name.toLowerCase().replace(/[^a-z]/g, '');
    const person = looksLikePerson(candidate, name);
    let best: ClaimantMatch | null = null;
    let bestJoined = '';
    let tie = false;
    for (const entry of known) {
      let score = entry.joined === normalised ? 1 : 0;
      if (score < 1 && entry.acronyms.includes(letters)) score = 0.95;
      if (score < 1 && person && entry.person) score = Math.max(score, personScore(candidate, entry.tokens));
      else if (score < 1 && !person && !entry.person) score = Math.max(score, bodyScore(candidate, entry.tokens));
      if (!best || score > best.score) {
        best = { claimant: entry.claimant, score };
        bestJoined = entry.joined;
        tie = false;
      } else if (score === best.score && score > 0 && score < 1 && entry.joined !== bestJoined) {
        tie = true;
      }
    }
    return !best || best.score < MATCH_THRESHOLD || tie ? null : best;
  };
  return (name) => {
    if (!name) return null;
    if (!cache.has(name)) cache.set(name, lookup(name));
    return cache.get(name) ?? null;
  };
}

/** The existing claimant a name refers to, with a score from 0 to 1, or null when none is close. */
export function matchClaimant(name: string | null, claimants: readonly ClaimantInfo[]): ClaimantMatch | null {
  return createClaimantMatcher(claimants)(name);
}

/** Two claimant names that refer to the same source: equal once normalised, or matching the same claimant. */
export function sameClaimant(a: string | null, b: string | null, claimants: readonly ClaimantInfo[] | ClaimantMatcher): boolean {
  if (a === null || b === null) return a === b;
  if (tokensOf(a).join(' ') === tokensOf(b).join(' ')) return true;
  const match = typeof claimants === 'function' ? claimants : createClaimantMatcher(claimants);
  const ma = match(a);
  const mb = match(b);
  if (ma !== null && mb !== null) return ma.claimant.name === mb.claimant.name && ma.claimant.organization === mb.claimant.organization;
  // Neither is a known claimant: one may still name the other ("Skibitskyi" and "Vadym Skibitskyi").
  return createClaimantMatcher([{ name: b, organization: '' }])(a) !== null;
}
