import { figure } from '@/tests/factories/figures';
import { latestFigure } from './latest-figure';

describe('latestFigure', () => {
  it('takes the latest "as of" date, then the latest publication, then the newest record', () => {
    const early = figure({ figureId: 1, periodEnd: { date: '2025-07-01', precision: 'month' }, value: '12000000' });
    const late = figure({ figureId: 2, periodEnd: { date: '2025-11-01', precision: 'month' } });
    expect(latestFigure([late, early])?.figureId).toBe(2);

    const reprint = figure({ figureId: 3, periodEnd: late.periodEnd, publishedOn: { date: '2025-12-01', precision: 'month' } });
    expect(latestFigure([late, reprint])?.figureId).toBe(3);
    expect(latestFigure([figure({ figureId: 4 }), figure({ figureId: 5 })])?.figureId).toBe(5);
  });

  it('never leads with an undated figure while a dated one exists, and gives null for none', () => {
    const undated = figure({ figureId: 9, periodStart: null, periodEnd: null });
    expect(latestFigure([undated, figure({ figureId: 1 })])?.figureId).toBe(1);
    expect(latestFigure([])).toBeNull();
  });
});
