// Figures in a text, proposed for an editor: sentences, numbers that are figures, their qualifiers,
// units, claimants and periods; then three separate steps against the reference data given (the
// claimant matched to an existing one, a suggested series, "already recorded as figure N").
import { attributeSentence, type Source } from './claimant';
import { findRecorded } from './find-recorded';
import { createClaimantMatcher } from './match-claimant';
import { findNumbers } from './numbers';
import { parsePublished, periodsOf, pointToString } from './period';
import { nounBeforeAt, numberOfBefore, partitiveUnit, readQuantities, type Quantity } from './quantities';
import { createSeriesSuggester } from './suggest-series';
import { splitSentences, type Sentence } from './tokens';
import type { Candidate, ExtractOptions, ReviewedCandidate, ReviewOptions } from './types';

/** About 80,000 words: longer texts are refused rather than tying up the server. */
export const MAX_TEXT_LENGTH = 500_000;

export class ExtractionInputError extends Error {}

function isCount(unit: string | null): boolean {
  return unit !== null && unit !== 'percent' && unit !== 'percentage points' && !/^[A-Z]{3}\b/.test(unit);
}

const CONTEXT_WORDS = 8;

/** The words between a figure's neighbours, at most a few on each side: what the figure's own clause says. */
function contextOf(text: string, sentence: Sentence, quantities: Quantity[], k: number): string {
  const lastToken = sentence.tokens.length - 1;
  const from = Math.min(Math.max(k > 0 ? quantities[k - 1].last + 1 : 0, quantities[k].first - CONTEXT_WORDS), quantities[k].first);
  const to = Math.max(Math.min(k + 1 < quantities.length ? quantities[k + 1].first - 1 : lastToken, quantities[k].last + CONTEXT_WORDS, lastToken), from);
  return text.slice(sentence.tokens[from].start, sentence.tokens[to].end);
}

function confidenceOf(quantity: Quantity, claimant: string | null, hasPeriod: boolean): number {
  let confidence = 0.5;
  if (quantity.unit && !quantity.elided) confidence += 0.2;
  else if (quantity.unit) confidence += 0.1;
  else confidence -= 0.1;
  if (claimant) confidence += 0.1;
  if (hasPeriod) confidence += 0.05;
  if (quantity.qualifier !== 'exact') confidence += 0.05;
  if (quantity.spelled && quantity.value < 10) confidence -= 0.1;
  if (quantity.proportion) confidence -= 0.1;
  return Math.min(0.95, Math.max(0.05, Math.round(confidence * 100) / 100));
}

/** Every candidate figure of a text with what the review page shows beside it, in text order. */
export function reviewFigures(text: string, options: ReviewOptions = {}): ReviewedCandidate[] {
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ExtractionInputError(`the text has ${text.length.toLocaleString('en-US')} characters; at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} can be read at once`);
  }
  const published = parsePublished(options.published);
  if (options.published && !published) throw new ExtractionInputError(`published date "${options.published}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const series = options.series ?? [];
  const claimants = options.claimants ?? [];
  const matchClaimant = createClaimantMatcher(claimants);
  const suggestSeries = createSeriesSuggester(series);
  const sentences = splitSentences(text);
  const numbers = findNumbers(sentences);
  const reviewed: ReviewedCandidate[] = [];

  let paragraph = -1;
  let earlier: Source[] = [];
  let opener: string | null = null;
  let paragraphUnit: { unit: string; what: string | null } | null = null;

  sentences.forEach((sentence, s) => {
    const opensParagraph = sentence.paragraph !== paragraph;
    if (opensParagraph) {
      paragraph = sentence.paragraph;
      earlier = [];
      opener = null;
      paragraphUnit = null;
    }
    const quantities = readQuantities(sentence, numbers[s]);
    const attribution = attributeSentence(text, sentence, quantities.map((q) => q.at), earlier);
    const periods = periodsOf(sentence, published, quantities);
    const quote = text.slice(sentence.start, sentence.end);
    quantities.forEach((quantity, k) => {
      if (quantity.elided) {
        const previous = quantities.slice(0, k).reverse().find((q) => isCount(q.unit));
        const found = partitiveUnit(quantities, k, sentence.tokens) ?? nounBeforeAt(sentence.tokens, quantity.first) ?? numberOfBefore(sentence.tokens, quantity.at) ?? (previous ? { unit: previous.unit as string, what: previous.what } : null) ?? paragraphUnit;
        if (found) {
          quantity.unit = found.unit;
          quantity.what = found.what;
        }
      }
      const who = attribution.attribute(quantity.at);
      const claimantText = who.claimant ?? (who.via === null ? opener : null);
      const match = matchClaimant(claimantText);
      const period = periods.periodAt(quantity.at);
      const candidate: Candidate = {
        value: quantity.value,
        qualifier: quantity.qualifier,
        low: quantity.low,
        high: quantity.high,
        unit: quantity.unit,
        what: quantity.what,
        claimant: match?.claimant.name ?? claimantText,
        claimant_org: match?.claimant.organization ?? null,
        via: who.via,
        period_start: pointToString(period.start),
        period_end: pointToString(period.end),
        quote,
        start: sentence.start,
        end: sentence.end,
        series: null,
        confidence: confidenceOf(quantity, claimantText, period.start !== null || period.end !== null),
      };
      const suggestion = suggestSeries({ unit: candidate.unit, what: candidate.what, quote, context: contextOf(text, sentence, quantities, k), periodStart: candidate.period_start, periodEnd: candidate.period_end });
      candidate.series = suggestion?.slug ?? null;
      reviewed.push({
        candidate,
        seriesScore: suggestion?.score ?? null,
        claimantId: match?.claimant.id ?? null,
        recordedAs: options.figures ? findRecorded(candidate, options.figures, series, matchClaimant) : null,
      });
    });
    const lastCount = [...quantities].reverse().find((q) => isCount(q.unit) && !q.elided);
    if (lastCount) paragraphUnit = { unit: lastCount.unit as string, what: lastCount.what };
    earlier = [...earlier, ...attribution.named];
    if (opensParagraph) opener = attribution.opener;
  });
  return reviewed;
}

/** The candidate figures of a text, with exactly the fields an editor reviews. */
export function extractFigures(text: string, options: ExtractOptions = {}): Candidate[] {
  return reviewFigures(text, options).map((r) => r.candidate);
}
