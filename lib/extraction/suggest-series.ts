// Which existing series a candidate belongs to: its unit against the series' unit, the words of its
// sentence against the series' title and description (weighted by how rare each word is among the
// series), and the kind of figure its words suggest (a plan is a target, "in March" a flow).
import type { SeriesKind } from '@/lib/figures/types';
import { singular } from './lexicon';
import type { SeriesInfo } from './types';

export interface SeriesSuggestion {
  slug: string;
  score: number;
}

export interface SeriesQuery {
  unit: string | null;
  what: string | null;
  quote: string;
  /** The words around the figure, which say more about it than the rest of its sentence. */
  context?: string;
  periodStart: string | null;
  periodEnd: string | null;
}

/** Units that count the same things under other names. */
const UNIT_FAMILIES: Record<string, string> = {
  troop: 'troops', soldier: 'troops', serviceman: 'troops', servicemen: 'troops', personnel: 'troops', force: 'troops',
  marine: 'troops', fighter: 'troops', casualty: 'troops', reinforcement: 'troops', engineer: 'troops', deminer: 'troops',
  builder: 'troops', men: 'troops', man: 'troops', sapper: 'troops',
  worker: 'workers', laborer: 'workers', labourer: 'workers', specialist: 'workers', people: 'workers',
  shell: 'shells', round: 'shells', delivery: 'shells', munition: 'shells',
  container: 'containers', missile: 'missiles', child: 'children', kid: 'children', minor: 'children', case: 'children',
  student: 'students', place: 'places', entry: 'entries', national: 'entries', visitor: 'entries',
  tourist: 'tourists', compatriot: 'tourists', barrel: 'barrels', ton: 'tons', tonne: 'tons', hectare: 'hectares',
  explosive: 'explosives', 'explosive object': 'explosives', system: 'systems', unit: 'systems', gun: 'systems',
  launcher: 'systems', 'guns and launcher': 'systems', site: 'sites', camp: 'sites', facility: 'sites',
  percent: 'percent', usd: 'usd', 'million usd': 'usd', 'billion usd': 'usd',
};
/** People counted by nationality could be troops, students, workers, visitors or tourists. */
const ANY_PEOPLE = new Set(['north koreans', 'koreans', 'north korean', 'russians', 'ukrainians']);

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'by', 'and', 'or', 'that', 'with', 'from', 'at', 'as', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'its', 'their', 'this', 'it', 'said', 'says', 'according', 'north', 'korea', 'korean', 'russia', 'russian', 'ukraine', 'ukrainian', 'also', 'than', 'more', 'about', 'some', 'who', 'which', 'into']);
const TARGET_WORDS = new Set(['plan', 'plans', 'planned', 'planning', 'expected', 'expects', 'expect', 'will', 'intends', 'intend', 'recruit', 'pledged', 'promised', 'quota', 'aims', 'projected', 'considering', 'decided', 'could', 'may', 'might', 'offer', 'places', 'would']);
const RUNNING_WORDS = new Set(['since', 'far', 'total', 'date', 'already', 'altogether']);
const LEVEL_WORDS = new Set(['currently', 'stationed', 'positioned', 'now', 'remain', 'are', 'is']);
const CHANGE_WORDS = new Set(['fell', 'drop', 'dropping', 'dropped', 'fall', 'decline', 'declined', 'decreased', 'halved', 'down', 'cut', 'reduced']);

function unitFamily(unit: string | null): string | null {
  if (!unit) return null;
  const lower = unit.toLowerCase();
  if (ANY_PEOPLE.has(lower)) return 'people';
  if (/ per /.test(lower)) return lower.replace(/^\w+ per /, 'money per ');
  const words = lower.split(' ');
  const head = singular(words[words.length - 1]);
  return UNIT_FAMILIES[lower] ?? UNIT_FAMILIES[head] ?? head;
}

function seriesUnitFamily(unit: string): string | null {
  const lower = unit.toLowerCase();
  if (/ per /.test(lower)) return lower.replace(/^\w+ per /, 'money per ');
  return unitFamily(lower.replace(/^(?:million|billion|thousand) /, ''));
}

/** Words news uses for the same event, folded to the series' own words. */
const SYNONYMS: Record<string, string> = {
  died: 'kill', dead: 'kill', death: 'kill', deaths: 'kill', killed: 'kill', lost: 'kill', martyr: 'kill',
  injured: 'wound', wounded: 'wound', injuries: 'wound', casualties: 'casualty', casualty: 'casualty',
  repatriated: 'return', returned: 'return', return: 'return', brought: 'return', back: 'return', reunited: 'return',
  abducted: 'deport', deported: 'deport', taken: 'deport', transferred: 'deport', received: 'deport',
  dispatched: 'send', deployed: 'send', arrived: 'send', sent: 'send', send: 'send', stationed: 'border', positioned: 'border',
  supplied: 'deliver', provided: 'deliver', delivered: 'deliver', shipped: 'deliver', transferred_: 'deliver',
  fired: 'fire', used: 'fire', launched: 'fire', pledged: 'promise', promised: 'promise', pledge: 'promise',
  recruit: 'plan', planned: 'plan', plans: 'plan', expected: 'plan', intends: 'plan', considering: 'plan',
  laborers: 'worker', labourers: 'worker', specialists: 'worker', workforce: 'worker',
  servicemen: 'troop', soldiers: 'troop', personnel: 'troop', forces: 'troop', marines: 'troop',
  rounds: 'shell', ammunition: 'shell', munitions: 'shell', sappers: 'deminer', deminers: 'deminer',
};

function stem(word: string): string {
  return SYNONYMS[word] ?? word.replace(/(?:ing|ed|es|s)$/, '');
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z\s-]/g, ' ').split(/[\s-]+/).filter((w) => w.length > 2 && !STOP.has(w)).map(stem);
}

function unitScore(query: string | null, series: string | null): number {
  if (!query || !series) return 0.3;
  if (query === series) return 1;
  if (query === 'people' && ['troops', 'workers', 'students', 'entries', 'tourists', 'children'].includes(series)) return 0.6;
  return 0;
}

interface KindCues {
  /** "since 2023", "so far", "in total": a running total. */
  running: boolean;
  target: boolean;
  change: boolean;
  level: boolean;
  sameEnds: boolean;
}

function kindCues(query: SeriesQuery, sentenceWords: Set<string>): KindCues {
  const any = (list: Set<string>) => [...list].some((w) => sentenceWords.has(w));
  return { running: any(RUNNING_WORDS) && !(query.periodStart !== null && query.periodStart === query.periodEnd), target: any(TARGET_WORDS), change: any(CHANGE_WORDS), level: any(LEVEL_WORDS), sameEnds: query.periodStart !== null && query.periodStart === query.periodEnd };
}

function kindScore(cues: KindCues, kind: SeriesKind): number {
  if (kind === 'target') return cues.target ? 1 : 0;
  if (cues.target) return 0.2;
  if (kind === 'change') return cues.change ? 1 : 0.2;
  if (kind === 'flow') return cues.sameEnds ? 1 : cues.running ? 0 : 0.4;
  if (kind === 'level') return cues.level && !cues.sameEnds ? 0.8 : 0.4;
  if (kind === 'cumulative') return cues.sameEnds ? 0.3 : cues.running ? 1 : 0.7;
  return 0.5;
}

interface IndexedSeries {
  series: SeriesInfo;
  family: string | null;
  weights: Map<string, number>;
  norm: number;
}

const WEIGHTS = { unit: 0.45, words: 0.4, kind: 0.15 };
const THRESHOLD = 0.5;

export type SeriesSuggester = (query: SeriesQuery) => SeriesSuggestion | null;

/** A suggester over a list of series, whose words are weighted once by how rare they are among them. */
export function createSeriesSuggester(series: readonly SeriesInfo[]): SeriesSuggester {
  const documents = series.map((s) => [...words(s.title), ...words(s.title), ...words(s.description), ...words(s.slug.replace(/-/g, ' '))]);
  const df = new Map<string, number>();
  for (const doc of documents) for (const w of new Set(doc)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map([...df].map(([w, n]) => [w, Math.log(1 + series.length / n)]));
  const items: IndexedSeries[] = series.map((s, i) => {
    const weights = new Map<string, number>();
    for (const w of documents[i]) weights.set(w, (weights.get(w) ?? 0) + (idf.get(w) ?? 0));
    const norm = Math.sqrt([...weights.values()].reduce((sum, v) => sum + v * v, 0)) || 1;
    return { series: s, family: seriesUnitFamily(s.unit), weights, norm };
  });
  // Which series hold each word, so that a query's products are summed over its own words only.
  const postings = new Map<string, Array<[number, number]>>();
  items.forEach((item, index) => {
    for (const [w, weight] of item.weights) {
      const list = postings.get(w) ?? [];
      list.push([index, weight]);
      postings.set(w, list);
    }
  });
  const quoteWords = new Map<string, { words: string[]; set: Set<string> }>();
  return (query) => {
    if (items.length === 0) return null;
    let sentence = quoteWords.get(query.quote);
    if (!sentence) {
      sentence = { words: words(query.quote), set: new Set(query.quote.toLowerCase().split(/[^a-z]+/)) };
      quoteWords.set(query.quote, sentence);
    }
    const family = unitFamily(query.unit);
    const what = words(query.what ?? '');
    const context = words(query.context ?? '');
    const vector = new Map<string, number>();
    const add = (list: string[], weight: number) => {
      for (const w of list) if (postings.has(w)) vector.set(w, (vector.get(w) ?? 0) + weight * (idf.get(w) ?? 0));
    };
    add(sentence.words, 0.5);
    add(context, 2);
    add(what, 2);
    const norm = Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0)) || 1;
    const dots = new Float64Array(items.length);
    for (const [w, v] of vector) for (const [index, weight] of postings.get(w) as Array<[number, number]>) dots[index] += v * weight;
    const cues = kindCues(query, sentence.set);
    let best: SeriesSuggestion | null = null;
    items.forEach((item, index) => {
      const cosine = dots[index] / (norm * item.norm);
      const score = WEIGHTS.unit * unitScore(family, item.family) + WEIGHTS.words * Math.min(1, cosine * 2) + WEIGHTS.kind * kindScore(cues, item.series.kind);
      if (!best || score > best.score) best = { slug: item.series.slug, score: Math.round(score * 100) / 100 };
    });
    const found = best as SeriesSuggestion | null;
    return found && found.score >= THRESHOLD ? found : null;
  };
}

/** The best-matching series with its score from 0 to 1, or null when none is close enough. */
export function suggestSeries(query: SeriesQuery, series: readonly SeriesInfo[]): SeriesSuggestion | null {
  return createSeriesSuggester(series)(query);
}
