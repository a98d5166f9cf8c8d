// The figure extractor's row in `npm run bench`: a 10,000-word article made of the labelled paragraphs
// of tests/fixtures/extraction, in order and repeated. Every sentence of it holds figures, so it is a
// worst case: a news article of that length holds far fewer. Timed in this process, on one core.
import { extractFigures } from '@/lib/extraction/extract';
import { readLabelledSet } from '@/lib/extraction/labelled-set';
import { log } from '../cli';
import { summarize, type Summary } from './measure';

export const ARTICLE_WORDS = 10_000;
const WARM_UP = 5;

export function benchArticle(): string {
  const paragraphs = readLabelledSet().paragraphs.map((p) => p.text);
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < ARTICLE_WORDS; i += 1) {
    const paragraph = paragraphs[i % paragraphs.length];
    parts.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return parts.join('\n\n');
}

export interface ExtractionRow {
  what: string;
  series: string;
  summary: Summary;
  size: string;
}

/** The row, also logged as soon as it is measured, before the database rows that follow it. */
export function extractionRow(runs: number): ExtractionRow {
  const { summary, size } = timeExtraction(runs);
  log(`extractFigures, ${size}: median ${summary.median.toFixed(1)} ms, p99 ${summary.p99.toFixed(1)} ms over ${summary.runs} runs (target: under 200 ms)`);
  return { what: 'extractFigures on an article (target: under 200 ms)', series: '–', summary, size };
}

export function timeExtraction(runs: number): { summary: Summary; size: string } {
  const { series, claimants } = readLabelledSet();
  const text = benchArticle();
  const extract = () => extractFigures(text, { published: '2025-12-01', series, claimants });
  for (let i = 0; i < WARM_UP; i += 1) extract();
  const samples: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    found = extract().length;
    samples.push(performance.now() - started);
  }
  const words = text.split(/\s+/).length;
  return { summary: summarize(samples), size: `${words.toLocaleString('en-US')} words, ${found} candidates` };
}
