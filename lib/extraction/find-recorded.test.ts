import { findRecorded } from './find-recorded';
import type { Candidate, RecordedFigure, SeriesInfo } from './types';

const series: SeriesInfo[] = [
  { slug: 'shells-delivered', title: 'Shells', unit: 'shells', topic: 'munitions', kind: 'cumulative', description: '' },
  { slug: 'trade-turnover', title: 'Trade', unit: 'million USD', topic: 'economy', kind: 'flow', description: '' },
];
const claimants = [{ id: 3, name: "Ukraine's Defense Intelligence (HUR)", organization: "Ukraine's Defense Intelligence (HUR)" }];
const figures: RecordedFigure[] = [
  { figureId: 11, seriesSlug: 'shells-delivered', value: '6500000', claimant: 'Vadym Skibitskyi', periodStart: '2023', periodEnd: null },
  { figureId: 12, seriesSlug: 'trade-turnover', value: '34.4', claimant: 'Yury Ushakov', periodStart: '2023', periodEnd: '2023' },
  { figureId: 13, seriesSlug: 'shells-delivered', value: '1500000', claimant: "Ukraine's Defense Intelligence (HUR)", periodStart: '2023-09', periodEnd: '2024-02-26' },
];
const candidate = (fields: Partial<Candidate>): Candidate => ({
  value: 0, qualifier: 'exact', low: null, high: null, unit: null, what: null, claimant: null, claimant_org: null, via: null,
  period_start: null, period_end: null, quote: '', start: 0, end: 0, series: null, confidence: 0.5, ...fields,
});

describe('findRecorded', () => {
  it('finds the figure with the same claimant, value and period', () => {
    expect(findRecorded(candidate({ value: 6_500_000, claimant: 'Skibitskyi', period_start: '2023' }), figures, series, claimants)).toBe(11);
  });

  it('compares values of series kept in millions in whole units', () => {
    expect(findRecorded(candidate({ value: 34_400_000, claimant: 'Yury Ushakov', period_start: '2023', period_end: '2023' }), figures, series, claimants)).toBe(12);
  });

  it('matches the claimant through the reference claimants', () => {
    expect(findRecorded(candidate({ value: 1_500_000, claimant: "Ukraine's military intelligence", period_start: '2023-09', period_end: '2024-02-26' }), figures, series, claimants)).toBe(13);
  });

  it('finds nothing for another period, another claimant, another value or no claimant', () => {
    expect(findRecorded(candidate({ value: 6_500_000, claimant: 'Vadym Skibitskyi', period_start: '2024' }), figures, series, claimants)).toBeNull();
    expect(findRecorded(candidate({ value: 6_500_000, claimant: 'Kyrylo Budanov' }), figures, series, claimants)).toBeNull();
    expect(findRecorded(candidate({ value: 6_400_000, claimant: 'Vadym Skibitskyi' }), figures, series, claimants)).toBeNull();
    expect(findRecorded(candidate({ value: 6_500_000 }), figures, series, claimants)).toBeNull();
  });
});
