// compromise's word model, read as lookups. Tagging whole articles with compromise costs about a
// second per 10,000 words on this machine (see README, "Extract figures from text"), so the engine
// does not run its tagger over the text: it asks compromise's lexicon what a word is (a month, a
// duration unit, a demonym, a job title, an organisation word), uses its abbreviation list to split
// sentences and its number parser for spelled-out numbers. compromise-dates extends that lexicon
// with times of day, seasons and holidays.
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]>; abbreviations: Record<string, true> };
  two: { orgWords: Record<string, true>; irregularPlurals: Record<string, string> };
}

const model = nlp.model() as unknown as CompromiseModel;
const lexicon = model.one.lexicon;
const singularOf = new Map(Object.entries(model.two.irregularPlurals).map(([singular, plural]) => [plural, singular]));

/** compromise's tags for one lower-case word or phrase ("september" is a Month, "hours" a Duration). */
export function tagsOf(word: string): readonly string[] {
  const tags = lexicon[word.toLowerCase()];
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

export function hasTag(word: string, tag: string): boolean {
  return tagsOf(word).includes(tag);
}

/** Words that end in a full stop without ending a sentence: "Gen.", "Sept.", "No.". */
export function isAbbreviation(word: string): boolean {
  return model.one.abbreviations[word.toLowerCase()] === true || hasTag(word, 'Honorific');
}

/** Organisation words compromise's list lacks, common in this field's sources. */
const MORE_ORG_WORDS = new Set(['regiment', 'brigade', 'battalion', 'lab', 'team', 'staff', 'parliament', 'assembly', 'intelligence', 'initiative', 'portal', 'service', 'services', 'railways', 'committee', 'monitoring', 'observatory', 'prosecutors', 'prosecutor']);

/** Words that mark an organisation's name: agency, ministry, committee, directorate... */
export function isOrgWord(word: string): boolean {
  const lower = word.toLowerCase();
  return model.two.orgWords[lower] === true || MORE_ORG_WORDS.has(lower);
}

/** A plural noun's singular, for comparing units: "children" is "child", "laborers" "laborer". */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  const irregular = singularOf.get(lower);
  if (irregular) return irregular;
  if (/(?:ss|us|is)$/.test(lower)) return lower;
  if (/ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(lower)) return lower.slice(0, -2);
  if (/s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/**
 * Values of spelled-out numbers ("nine", "twenty-seven hundred", "a thousand"), parsed by compromise in
 * one document: one phrase a line, since compromise joins numbers across other punctuation. A phrase
 * compromise cannot read is left out of the answer.
 */
export function parseNumberWords(phrases: readonly string[]): Map<string, number> {
  const values = new Map<string, number>();
  const unique = [...new Set(phrases)];
  if (unique.length === 0) return values;
  const doc = nlp(unique.join('\n'));
  const found = doc.numbers().json({ offset: true }) as Array<{ number?: { num?: number }; offset?: { start: number } }>;
  const lineStarts: number[] = [];
  let position = 0;
  for (const phrase of unique) {
    lineStarts.push(position);
    position += phrase.length + 1;
  }
  for (const item of found) {
    const num = item.number?.num;
    const start = item.offset?.start;
    if (typeof num !== 'number' || !Number.isFinite(num) || start === undefined) continue;
    let line = lineStarts.length - 1;
    while (line > 0 && lineStarts[line] > start) line -= 1;
    if (!values.has(unique[line])) values.set(unique[line], num);
  }
  return values;
}
