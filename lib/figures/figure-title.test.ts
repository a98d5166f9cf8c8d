import { figure, SHELLS } from '@/tests/factories/figures';
import { figureTitle } from './figure-title';

describe('figureTitle', () => {
  it('names a figure by its value as stated and its period, capitalised for a heading', () => {
    expect(figureTitle(figure(), SHELLS)).toBe('About 6.5 million shells since 2023, as of Nov 2025');
    expect(figureTitle(figure({ qualifier: 'exact', value: '1859', periodStart: null, periodEnd: null }), { unit: 'children', kind: 'level' })).toBe(
      '1,859 children (no date given)',
    );
  });
});
