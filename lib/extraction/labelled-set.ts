// The labelled paragraphs and the reference data of tests/fixtures/extraction, read for the evaluation
// script and its test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledParagraph } from './evaluation';
import type { ClaimantInfo, SeriesInfo } from './types';

export const LABELLED_SET_DIRECTORY = path.join('tests', 'fixtures', 'extraction');

export interface LabelledSet {
  paragraphs: LabelledParagraph[];
  series: SeriesInfo[];
  claimants: ClaimantInfo[];
}

export function readLabelledSet(directory = LABELLED_SET_DIRECTORY): LabelledSet {
  const paragraphs = JSON.parse(readFileSync(path.join(directory, 'paragraphs.json'), 'utf8')) as LabelledParagraph[];
  const reference = JSON.parse(readFileSync(path.join(directory, 'reference.json'), 'utf8')) as { series: SeriesInfo[]; claimants: ClaimantInfo[] };
  return { paragraphs, series: reference.series, claimants: reference.claimants };
}
