import { describeRevisionCounts } from './revision-counts';

describe('describeRevisionCounts', () => {
  it('says how many figures each kind of change touched, and the series created when there are any', () => {
    expect(describeRevisionCounts({ figuresCreated: 59, figuresCorrected: 0, figuresRetired: 0, seriesCreated: 29 })).toBe(
      '59 figures created, 0 corrected, 0 retired; 29 series created',
    );
    expect(describeRevisionCounts({ figuresCreated: 1, figuresCorrected: 2, figuresRetired: 1, seriesCreated: 0 })).toBe(
      '1 figure created, 2 corrected, 1 retired',
    );
    expect(describeRevisionCounts({ figuresCreated: 0, figuresCorrected: 0, figuresRetired: 0, seriesCreated: 1 })).toBe(
      '0 figures created, 0 corrected, 0 retired; 1 series created',
    );
  });
});
