// What makes two rows "the same figure" across imports, and what makes a figure "changed". Both are
// sha256 of JSON arrays whose shape must never change: existing databases store these hashes.
import { hash } from 'node:crypto';
import { partialDateToIso } from '@/lib/figures/period';
import type { PartialDate } from '@/lib/figures/types';
import type { FigureContent, FigureDraft } from './figure-input';

const iso = (d: PartialDate | null) => (d ? partialDateToIso(d) : null);

function sha256(parts: unknown[]): string {
  return hash('sha256', JSON.stringify(parts), 'hex');
}

/**
 * One claim by one claimant, in one publication, about one series and period. Everything else
 * (value, qualifier, bounds, organisation, via, title, quote, note) is content: changing it writes a
 * new version of the same figure. A figure keeps the key it was created with, whatever later
 * versions say, so the row that created it is always recognised.
 */
export function figureKey(figure: FigureDraft): string {
  return sha256([
    figure.seriesSlug,
    figure.claimant.name,
    figure.publisher.name,
    figure.url,
    iso(figure.publishedOn),
    iso(figure.periodStart),
    iso(figure.periodEnd),
  ]);
}

export function figureContentHash(content: FigureContent): string {
  return sha256([
    content.value,
    content.qualifier,
    content.valueLow,
    content.valueHigh,
    iso(content.periodStart),
    iso(content.periodEnd),
    content.claimant.name,
    content.claimant.organization,
    content.via,
    content.publisher.name,
    content.url,
    content.publicationTitle,
    iso(content.publishedOn),
    content.quote,
    content.note,
  ]);
}
