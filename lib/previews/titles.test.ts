import { explorerTitle } from './titles';

describe('explorerTitle', () => {
  it('names the series in view, in order', () => {
    expect(explorerTitle([])).toBe('Compare sourced figures over time');
    expect(explorerTitle(['Troops sent'])).toBe('Troops sent');
    expect(explorerTitle(['Troops sent', 'Casualties'])).toBe('Troops sent and Casualties');
    expect(explorerTitle(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
