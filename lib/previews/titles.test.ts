import { explorerTitle } from './titles';

describe('explorerTitle', () => {
  it('names the series in view, in order', () => {
    expect(explorerTitle([])).toBe('Compare sourced figures over time');
    expect(explorerTitle(['Troops sent'])).toBe('Troops sent');
    expect(explorerTitle(['Troops sent', 'Casualties'])).toBe('Troops sent and Casualties');
    expect(explorerTitle(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('names the first two of more than three, and counts the rest', () => {
    expect(explorerTitle(['A', 'B', 'C', 'D'])).toBe('A, B and 2 more series');
    expect(explorerTitle(Array.from({ length: 20 }, (_, i) => `Series ${i + 1}`))).toBe('Series 1, Series 2 and 18 more series');
  });
});
