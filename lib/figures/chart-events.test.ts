import { buildEvents, panelEvents, type ExplorerEvent } from './chart-events';
import { parsePartialDate } from './period';
import type { PartialDate } from './types';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const utc = (text: string) => Date.parse(`${text}T00:00:00.000Z`);

const event = (slug: string, when: string, topics: ExplorerEvent['topics'] = ['troops']): ExplorerEvent => ({
  slug,
  date: date(when),
  title: slug,
  description: '',
  topics,
  source: 'Reuters',
  url: null,
});

const domain: [number, number] = [utc('2024-01-01'), utc('2025-06-01')];

describe('buildEvents', () => {
  it('numbers the events within the time axis in time order, and drops the others', () => {
    const marks = buildEvents([event('kursk', '2025-04'), event('old', '2020-01-01'), event('first', '2024-10-23')], domain);
    expect(marks.map((m) => [m.number, m.slug, m.dateText])).toEqual([
      [1, 'first', '23 Oct 2024'],
      [2, 'kursk', 'Apr 2025'],
    ]);
  });

  it('draws a dated event as a line at the middle of its day, and one known to the month as the month', () => {
    const [day, month] = buildEvents([event('first', '2024-10-23'), event('kursk', '2025-04')], domain);
    expect(day).toMatchObject({ x: utc('2024-10-23') + 43_200_000, span: null });
    expect(month.span).toEqual([utc('2025-04-01'), utc('2025-05-01') - 1]);
  });

  it('cuts a span to the time axis', () => {
    const [year] = buildEvents([event('year', '2025')], domain);
    expect(year.span).toEqual([utc('2025-01-01'), domain[1]]);
  });
});

describe('panelEvents', () => {
  it('shows the events of the panel’s topic and those of none', () => {
    const marks = buildEvents([event('troops', '2024-03-01'), event('shells', '2024-06-01', ['munitions']), event('all', '2024-09-01', [])], domain);
    expect(panelEvents(marks, { topic: 'troops' }, domain).map((e) => e.slug)).toEqual(['troops', 'all']);
    expect(panelEvents(marks, { topic: 'munitions' }, domain).map((e) => e.slug)).toEqual(['shells', 'all']);
  });

  it('joins the number of an event close to the one before into that one’s label', () => {
    const marks = buildEvents([event('a', '2024-03-01'), event('b', '2024-03-05'), event('c', '2024-03-08'), event('d', '2024-09-01')], domain);
    expect(panelEvents(marks, { topic: 'troops' }, domain).map((e) => [e.slug, e.label])).toEqual([
      ['a', '1,2,3'],
      ['b', null],
      ['c', null],
      ['d', '4'],
    ]);
    // The view's own marks keep their labels: each panel joins its own.
    expect(marks.map((m) => m.label)).toEqual(['1', '2', '3', '4']);
  });
});
