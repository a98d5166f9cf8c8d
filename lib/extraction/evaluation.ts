// Scores of the extractor against hand-labelled paragraphs: precision, recall and F1 of the values
// found and of value with unit, and on the figures found, how often the qualifier, the bounds, the
// claimant and the period agree with the labels. The scores are deterministic.
import { singular } from './lexicon';
import { createClaimantMatcher, sameClaimant } from './match-claimant';
import type { Candidate, ClaimantInfo } from './types';

export type LabelledFigure = Omit<Candidate, 'confidence'>;

export interface LabelledParagraph {
  id: string;
  source: string;
  split: 'dev' | 'test';
  published: string | null;
  text: string;
  figures: LabelledFigure[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  rate: number;
}

export type MissKind = 'missed' | 'spurious' | 'unit' | 'qualifier' | 'bounds' | 'claimant' | 'period';

export interface Miss {
  paragraph: string;
  kind: MissKind;
  value: number;
  expected: string;
  got: string;
}

export interface EvaluationReport {
  paragraphs: number;
  labelled: number;
  found: number;
  matched: number;
  value: Score;
  valueUnit: Score;
  qualifier: Accuracy;
  bounds: Accuracy;
  claimant: Accuracy;
  period: Accuracy;
  /** Not targets; shown so that they do not drift unnoticed. */
  via: Accuracy;
  quote: Accuracy;
  series: Accuracy;
  misses: Miss[];
}

export const TARGETS = { valueF1: 0.95, valueUnitF1: 0.9, qualifier: 0.95, claimant: 0.88, period: 0.85 } as const;

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function unitWords(unit: string): string[] {
  return unit.toLowerCase().split(/\s+/).map(singular);
}

/** Units agree when their head nouns do: "grounds" is "training grounds", "child" is "children". */
export function sameUnit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = unitWords(a);
  const y = unitWords(b);
  if (x.join(' ') === y.join(' ')) return true;
  if (a.includes(' per ') || b.includes(' per ')) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.every((w, i) => longer[longer.length - shorter.length + i] === w);
}

function score(matched: number, found: number, labelled: number): Score {
  const precision = found === 0 ? 1 : matched / found;
  const recall = labelled === 0 ? 1 : matched / labelled;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, rate: total === 0 ? 1 : correct / total };
}

/** Pairs each labelled figure with a found one of the same value, preferring one from the same sentence. */
function pair(labelled: LabelledFigure[], found: Candidate[]): Array<[LabelledFigure, Candidate | null]> {
  const used = new Set<number>();
  return labelled.map((gold) => {
    let best = -1;
    let bestCost = Infinity;
    found.forEach((candidate, i) => {
      if (used.has(i) || !sameValue(candidate.value, gold.value)) return;
      const overlaps = candidate.start < gold.end && gold.start < candidate.end;
      const cost = (overlaps ? 0 : 1_000_000) + Math.abs(candidate.start - gold.start);
      if (cost < bestCost) {
        best = i;
        bestCost = cost;
      }
    });
    if (best < 0) return [gold, null];
    used.add(best);
    return [gold, found[best]];
  });
}

const show = (value: unknown) => (value === null ? '—' : String(value));

export function evaluate(
  paragraphs: readonly LabelledParagraph[],
  extract: (paragraph: LabelledParagraph) => Candidate[],
  claimants: readonly ClaimantInfo[],
): EvaluationReport {
  let labelled = 0;
  let found = 0;
  let matched = 0;
  let matchedWithUnit = 0;
  const tally = { qualifier: 0, bounds: 0, claimant: 0, period: 0, via: 0, quote: 0, series: 0 };
  const misses: Miss[] = [];
  const matcher = createClaimantMatcher(claimants);
  for (const paragraph of paragraphs) {
    const candidates = extract(paragraph);
    labelled += paragraph.figures.length;
    found += candidates.length;
    const pairs = pair(paragraph.figures, candidates);
    const miss = (kind: MissKind, value: number, expected: unknown, got: unknown) => misses.push({ paragraph: paragraph.id, kind, value, expected: show(expected), got: show(got) });
    for (const [gold, candidate] of pairs) {
      if (!candidate) {
        miss('missed', gold.value, `${gold.qualifier} ${gold.unit ?? ''}`.trim(), 'nothing');
        continue;
      }
      matched += 1;
      if (sameUnit(candidate.unit, gold.unit)) matchedWithUnit += 1;
      else miss('unit', gold.value, gold.unit, candidate.unit);
      if (candidate.qualifier === gold.qualifier) tally.qualifier += 1;
      else miss('qualifier', gold.value, gold.qualifier, candidate.qualifier);
      if (sameValue(candidate.low, gold.low) && sameValue(candidate.high, gold.high)) tally.bounds += 1;
      else miss('bounds', gold.value, `${show(gold.low)}–${show(gold.high)}`, `${show(candidate.low)}–${show(candidate.high)}`);
      if (sameClaimant(candidate.claimant, gold.claimant, matcher)) tally.claimant += 1;
      else miss('claimant', gold.value, gold.claimant, candidate.claimant);
      if (candidate.period_start === gold.period_start && candidate.period_end === gold.period_end) tally.period += 1;
      else miss('period', gold.value, `${show(gold.period_start)} to ${show(gold.period_end)}`, `${show(candidate.period_start)} to ${show(candidate.period_end)}`);
      if (sameClaimant(candidate.via, gold.via, matcher)) tally.via += 1;
      if (candidate.quote === gold.quote && candidate.start === gold.start) tally.quote += 1;
      if (candidate.series === gold.series) tally.series += 1;
    }
    const pairedCandidates = new Set(pairs.map(([, c]) => c));
    for (const candidate of candidates) if (!pairedCandidates.has(candidate)) miss('spurious', candidate.value, 'no figure', `${candidate.qualifier} ${candidate.unit ?? ''}`.trim());
  }
  return {
    paragraphs: paragraphs.length,
    labelled,
    found,
    matched,
    value: score(matched, found, labelled),
    valueUnit: score(matchedWithUnit, found, labelled),
    qualifier: accuracy(tally.qualifier, matched),
    bounds: accuracy(tally.bounds, matched),
    claimant: accuracy(tally.claimant, matched),
    period: accuracy(tally.period, matched),
    via: accuracy(tally.via, matched),
    quote: accuracy(tally.quote, matched),
    series: accuracy(tally.series, matched),
    misses,
  };
}

/** Which targets a report falls short of, in words; empty when it meets them all. */
export function shortfalls(report: EvaluationReport): string[] {
  const checks: Array<[string, number, number]> = [
    ['value F1', report.value.f1, TARGETS.valueF1],
    ['value+unit F1', report.valueUnit.f1, TARGETS.valueUnitF1],
    ['qualifier accuracy', report.qualifier.rate, TARGETS.qualifier],
    ['claimant accuracy', report.claimant.rate, TARGETS.claimant],
    ['period accuracy', report.period.rate, TARGETS.period],
  ];
  return checks.filter(([, value, target]) => value < target).map(([name, value, target]) => `${name} ${value.toFixed(3)} is below ${target}`);
}
