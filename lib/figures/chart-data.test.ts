import { formatAxisNumber, formatTimeTick, groupLabel, layoutPointLabels, timeTicks, valueAxis } from './chart-data';

describe('groupLabel', () => {
  it('names the group of claims without a named body', () => {
    expect(groupLabel('unknown')).toBe('Source not named');
    expect(groupLabel('US Government')).toBe('US Government');
  });
});

describe('timeTicks', () => {
  it('picks month-aligned ticks, at most the number asked for', () => {
    const ticks = timeTicks([Date.UTC(2023, 7, 15), Date.UTC(2025, 11, 20)], 6);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(6);
    for (const tick of ticks) expect(new Date(tick).getUTCDate()).toBe(1);
    expect(ticks.map(formatTimeTick)).toEqual(['2024', 'Jul 2024', '2025', 'Jul 2025']);
  });

  it('uses months over a short span', () => {
    const ticks = timeTicks([Date.UTC(2025, 0, 10), Date.UTC(2025, 5, 20)], 6);
    expect(ticks.map(formatTimeTick)).toEqual(['Feb 2025', 'Mar 2025', 'Apr 2025', 'May 2025', 'Jun 2025']);
  });
});

describe('valueAxis', () => {
  it('starts at zero and ends on a round number above the highest value', () => {
    expect(valueAxis([1_500_000, 12_000_000])).toEqual({
      domain: [0, 15_000_000],
      ticks: [0, 5_000_000, 10_000_000, 15_000_000],
    });
  });

  it('reaches below zero for negative changes', () => {
    const axis = valueAxis([-20, 50]);
    expect(axis.domain[0]).toBeLessThanOrEqual(-20);
    expect(axis.ticks).toContain(0);
  });

  it('still gives an axis when every value is zero, or there is none', () => {
    expect(valueAxis([0])).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(valueAxis([])).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });

  it('reads any number of values without spreading them into a call', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => i);
    expect(valueAxis(values).domain[1]).toBeGreaterThanOrEqual(299_999);
  });
});

describe('formatAxisNumber', () => {
  it('matches the compact point labels', () => {
    expect(formatAxisNumber(6_000_000)).toBe('6M');
    expect(formatAxisNumber(2_500_000)).toBe('2.5M');
    expect(formatAxisNumber(12_000)).toBe('12k');
    expect(formatAxisNumber(1500)).toBe('1,500');
    expect(formatAxisNumber(2.5)).toBe('2.5');
  });

  it('uses one unit along an axis, chosen by its top', () => {
    expect([0, 5000, 10_000, 20_000].map((tick) => formatAxisNumber(tick, 20_000))).toEqual(['0', '5k', '10k', '20k']);
    expect([0, 5_000_000, 15_000_000].map((tick) => formatAxisNumber(tick, 15_000_000))).toEqual(['0', '5M', '15M']);
  });
});

describe('layoutPointLabels', () => {
  const frame = { left: 0, top: 0, right: 400, bottom: 200 };
  const request = (id: string, cx: number, cy: number, text = '~6.5M') => ({ id, cx, cy, text, bound: null, rangePx: null });

  it('puts a label above and right of its point when there is room', () => {
    expect(layoutPointLabels([request('a', 100, 100)], frame)).toEqual([
      { id: 'a', text: '~6.5M', x: 107, y: 94, anchor: 'start' },
    ]);
  });

  it('moves a label left at the right edge of the plot', () => {
    const [label] = layoutPointLabels([request('a', 390, 100)], frame);
    expect(label.anchor).toBe('end');
    expect(label.x).toBe(383);
  });

  it('never lets two labels overlap, and drops a label with no free spot', () => {
    const crowded = [request('a', 100, 100), request('b', 104, 100), request('c', 108, 100), request('d', 112, 100), request('e', 116, 100)];
    const placed = layoutPointLabels(crowded, frame);
    const boxes = placed.map((p) => {
      const width = p.text.length * 6.8;
      const left = p.anchor === 'start' ? p.x : p.x - width;
      return { left, right: left + width, top: p.y - 10, bottom: p.y + 2 };
    });
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      }
    }
    expect(placed.length).toBeLessThan(crowded.length);
    // The latest (rightmost) point is placed first, so it keeps its label.
    expect(placed.map((p) => p.id)).toContain('e');
  });

  it('keeps labels off a bound arrow and a range bar', () => {
    const arrowUp = { ...request('a', 100, 100), bound: 'lower' as const };
    const range = { ...request('b', 120, 100), rangePx: [60, 140] as [number, number] };
    for (const label of layoutPointLabels([arrowUp, range], frame)) {
      const width = label.text.length * 6.8;
      const left = label.anchor === 'start' ? label.x : label.x - width;
      expect(left >= 125 || left + width <= 115 || label.y - 10 >= 140 || label.y + 2 <= 60).toBe(true);
    }
  });
});
