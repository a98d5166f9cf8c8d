import { figure } from '@/tests/factories/figures';
import { diffFigures } from './view-changes';

describe('diffFigures', () => {
  it('lists figures added, corrected and withdrawn since, once each, and nothing unchanged', () => {
    const kept = figure({ figureId: 1, versionId: 10 });
    const before = [kept, figure({ figureId: 2, versionId: 20, value: '100' }), figure({ figureId: 3, versionId: 30 })];
    const after = [kept, figure({ figureId: 2, versionId: 21, value: '120' }), figure({ figureId: 4, versionId: 40 })];
    expect(diffFigures(before, after).map((c) => [c.figureId, c.kind, c.before?.value ?? null, c.after?.value ?? null])).toEqual([
      [2, 'corrected', '100', '120'],
      [4, 'added', null, '6500000'],
      [3, 'withdrawn', '6500000', null],
    ]);
    expect(diffFigures(before, before)).toEqual([]);
  });
});
