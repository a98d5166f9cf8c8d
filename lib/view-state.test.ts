import { DEFAULT_VIEW_STATE, MAX_NAMED_SERIES, MODES, VIEWS, parseViewState, requestedSeries, serializeViewState, viewStateHref, type ViewState } from './view-state';
import { parsePartialDate } from './figures/period';
import type { PartialDate } from './figures/types';

const KNOWN = new Set(['troops-deployed', 'troop-casualties', 'shells-delivered', 'children-returned', 'a-b-c']);

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

function generateState(next: () => number): ViewState {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const slugs = [...KNOWN].filter(() => next() < 0.5);
  const year = 2020 + Math.floor(next() * 8);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const texts = [`${year}`, `${year}-${month}`, `${year}-${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`];
  const from = next() < 0.5 ? date(pick(texts)) : null;
  const to = next() < 0.5 ? date(`${year + 1 + Math.floor(next() * 3)}`) : null;
  return {
    series: slugs,
    from,
    to,
    mode: pick(MODES),
    view: pick(VIEWS),
    rev: next() < 0.3 ? 1 + Math.floor(next() * 500) : null,
  };
}

describe('view state', () => {
  it('round-trips: parse(serialize(state)) returns the state, for 500 generated states', () => {
    const next = random(20261128);
    for (let i = 0; i < 500; i += 1) {
      const state = generateState(next);
      const parsed = parseViewState(new URLSearchParams(serializeViewState(state)), KNOWN);
      expect(parsed).toEqual({ state, notices: [] });
    }
  });

  it('writes only non-default values, readably', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    const state: ViewState = { ...DEFAULT_VIEW_STATE, series: ['troops-deployed', 'troop-casualties'], from: date('2024-10'), to: date('2025-12'), view: 'table' };
    expect(viewStateHref('/explore', state)).toBe('/explore?s=troops-deployed,troop-casualties&from=2024-10&to=2025-12&view=table');
  });

  it('drops what it cannot use and says so, keeping the rest', () => {
    const parsed = parseViewState(
      { s: 'troops-deployed,nope,troops-deployed', from: '2025-02-30', to: '2025', mode: 'sideways', view: 'table', rev: '-3', extra: '1' },
      KNOWN,
    );
    expect(parsed.state).toEqual({ ...DEFAULT_VIEW_STATE, series: ['troops-deployed'], to: date('2025'), view: 'table' });
    expect(parsed.notices).toEqual([
      'Ignored unknown parameter "extra".',
      'Ignored unknown series "nope".',
      'Ignored from="2025-02-30": "2025-02-30" is not a real date: Feb 2025 has 28 days.',
      'Ignored mode="sideways": the modes are absolute, change, indexed.',
      'Ignored rev="-3": a revision is a whole number from 1.',
    ]);
  });

  it('keeps a range that ends at a coarser precision than it starts', () => {
    for (const [from, to] of [['2024-06', '2024'], ['2024-03-15', '2024-03'], ['2024', '2024']]) {
      const parsed = parseViewState({ from, to }, KNOWN);
      expect(parsed.notices).toEqual([]);
      expect(parsed.state.from).toEqual(date(from));
      expect(parsed.state.to).toEqual(date(to));
    }
  });

  it('drops a range whose start is after its end', () => {
    const parsed = parseViewState({ from: '2025-06', to: '2024' }, KNOWN);
    expect(parsed.state.from).toBeNull();
    expect(parsed.state.to).toBeNull();
    expect(parsed.notices).toEqual(['Ignored the time range: from 2025-06 is after to 2024.']);
  });

  it('reads repeated parameters by their first value and refuses unknown link versions', () => {
    const parsed = parseViewState(new URLSearchParams('view=table&view=chart&v=99'), KNOWN);
    expect(parsed.state.view).toBe('table');
    expect(parsed.notices).toEqual(['Ignored link format version "99": this site reads versions 1 to 1.']);
  });

  it('lists the series a URL asks for, unchecked, so the page can look up just those', () => {
    expect(requestedSeries({ s: ' troops-deployed,nope,,troops-deployed ', mode: 'change' })).toEqual(['troops-deployed', 'nope']);
    expect(requestedSeries(new URLSearchParams('s=a-b-c&s=ignored'))).toEqual(['a-b-c']);
    expect(requestedSeries({})).toEqual([]);
  });

  it('keeps its notices short however many values a link gets wrong, and looks up at most 50 series', () => {
    const unknown = Array.from({ length: 7000 }, (_, i) => `nope-${i}`);
    const params = { s: [...unknown.slice(0, 30), 'troops-deployed', ...unknown.slice(30)].join(','), a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' };
    expect(requestedSeries(params)).toHaveLength(MAX_NAMED_SERIES);
    const parsed = parseViewState(params, KNOWN);
    expect(parsed.state.series).toEqual(['troops-deployed']);
    expect(parsed.notices).toEqual([
      'Ignored unknown parameters "a", "b", "c", "d", "e" and 1 more.',
      'Ignored unknown series "nope-0", "nope-1", "nope-2", "nope-3", "nope-4" and 44 more.',
      'Ignored the last 6951 of the 7001 series named: a link is read up to its first 50.',
    ]);
    expect(parsed.notices.join(' ').length).toBeLessThan(400);
  });
});
