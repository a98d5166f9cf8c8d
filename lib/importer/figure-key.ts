// What makes two rows "the same figure" across imports, and what makes a figure "changed".
import { createHash } from 'node:crypto';
import { partialDateToIso } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';
import type { FigureRow } from './rows';

const iso = (d: PartialDate | null) => (d ? partialDateToIso(d) : null);

function sha256(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * One claim by one claimant, in one publication, about one series and period. Everything else
 * (value, qualifier, bounds, organisation, via, title, quote, note) is content: changing it writes a
 * new version of the same figure.
 */
export function figureKey(row: FigureRow): string {
  return sha256([row.series, row.claimant, row.publisher, row.url, iso(row.publishedOn), iso(row.periodStart), iso(row.periodEnd)]);
}

export function figureContentHash(row: FigureRow): string {
  return sha256([
    row.value,
    row.qualifier,
    row.valueLow,
    row.valueHigh,
    iso(row.periodStart),
    iso(row.periodEnd),
    row.claimant,
    row.claimantOrg,
    row.via,
    row.publisher,
    row.url,
    row.title,
    iso(row.publishedOn),
    row.quote,
    row.note,
  ]);
}
