import {
  describeRange,
  isCurrentPreset,
  NO_DATE_REASON,
  NO_END_DATE_REASON,
  parseTypedDate,
  placeFigureSpan,
  presetYears,
  rangeEndExclusive,
  rangePresets,
  rangeSpan,
  spansOverlap,
} from './explorer-range';
import { parsePartialDate } from './period';
import type { PartialDate } from './types';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

const utc = (text: string) => Date.parse(`${text}T00:00:00.000Z`);

describe('placeFigureSpan', () => {
  it('spreads a running total known only to the month across that month', () => {
    const placed = placeFigureSpan({ periodStart: date('2023'), periodEnd: date('2025-11') }, 'cumulative');
    expect(placed).toEqual({
      ok: true,
      start: date('2025-11'),
      end: date('2025-11'),
      span: { start: utc('2025-11-01'), end: utc('2025-12-01') - 1 },
    });
  });

  it('spreads a figure known only to the year across the year, not onto 1 January', () => {
    const placed = placeFigureSpan({ periodStart: null, periodEnd: date('2025') }, 'target');
    expect(placed.ok && placed.span).toEqual({ start: utc('2025-01-01'), end: utc('2026-01-01') - 1 });
  });

  it('keeps a day-precise date to its day', () => {
    const placed = placeFigureSpan({ periodStart: date('2024-10'), periodEnd: date('2025-04-30') }, 'cumulative');
    expect(placed.ok && placed.span).toEqual({ start: utc('2025-04-30'), end: utc('2025-05-01') - 1 });
  });

  it('draws a flow across its whole period', () => {
    const placed = placeFigureSpan({ periodStart: date('2024-01'), periodEnd: date('2024-12') }, 'flow');
    expect(placed.ok && placed.span).toEqual({ start: utc('2024-01-01'), end: utc('2025-01-01') - 1 });
  });

  it('draws a flow with one date across that date', () => {
    const placed = placeFigureSpan({ periodStart: date('2025-09'), periodEnd: null }, 'flow');
    expect(placed.ok && placed.start).toEqual(date('2025-09'));
  });

  it('says why a figure cannot be placed', () => {
    expect(placeFigureSpan({ periodStart: date('2023'), periodEnd: null }, 'cumulative')).toEqual({ ok: false, reason: NO_END_DATE_REASON });
    expect(placeFigureSpan({ periodStart: null, periodEnd: null }, 'flow')).toEqual({ ok: false, reason: NO_DATE_REASON });
  });
});

describe('ranges', () => {
  it('covers from the first day of `from` to the last of `to`, open ends unbounded', () => {
    expect(rangeSpan({ from: date('2024-10'), to: date('2025') })).toEqual({ start: utc('2024-10-01'), end: utc('2026-01-01') - 1 });
    expect(rangeSpan({ from: null, to: null })).toEqual({ start: -Infinity, end: Infinity });
  });

  it('counts a year-precise figure as in a range that overlaps its year', () => {
    const year = placeFigureSpan({ periodStart: null, periodEnd: date('2025') }, 'level');
    expect(year.ok && spansOverlap(year.span, rangeSpan({ from: date('2025-06'), to: date('2025-08') }))).toBe(true);
    expect(year.ok && spansOverlap(year.span, rangeSpan({ from: date('2026'), to: null }))).toBe(false);
  });

  it('gives the day after the range for half-open comparisons', () => {
    expect(rangeEndExclusive(date('2025-12'))).toBe('2026-01-01');
    expect(rangeEndExclusive(date('2024-02-29'))).toBe('2024-03-01');
    expect(rangeEndExclusive(date('2025'))).toBe('2026-01-01');
  });

  it('offers all dates, the last 12 and 24 months and each year with figures', () => {
    const presets = rangePresets(new Date(Date.UTC(2026, 1, 15)), [2025, 2024, 2025]);
    expect(presets.map((p) => p.label)).toEqual(['All dates', 'Last 12 months', 'Last 24 months', '2024', '2025']);
    expect(presets[1]).toEqual({ label: 'Last 12 months', from: date('2025-03'), to: date('2026-02') });
    expect(presets[3]).toEqual({ label: '2024', from: date('2024'), to: date('2024') });
  });
});

describe('parseTypedDate', () => {
  it.each([
    ['2024', date('2024')],
    ['2024-10', date('2024-10')],
    ['2024-10-05', date('2024-10-05')],
    ['2024/10', date('2024-10')],
    ['2024.1', date('2024-01')],
    ['10/2024', date('2024-10')],
    [' Oct 2024 ', date('2024-10')],
    ['October 2024', date('2024-10')],
    ['sept 2024', date('2024-09')],
    ['5 October 2024', date('2024-10-05')],
    ['October 5, 2024', date('2024-10-05')],
  ])('reads %p', (text, expected) => {
    expect(parseTypedDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'Type a date'],
    ['05/10/2024', 'is not a date this form reads'],
    ['Octember 2024', '“Octember” is not a month'],
    ['2025-02-30', 'Feb 2025 has 28 days'],
    ['2024-13', 'has no month 13'],
  ])('refuses %p with a reason', (text, reason) => {
    const parsed = parseTypedDate(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });
});

describe('describeRange', () => {
  it('says the range in words at the precision it was given', () => {
    const month = (date: string) => ({ date, precision: 'month' as const });
    expect(describeRange({ from: month('2024-10-01'), to: { date: '2025-01-01', precision: 'year' } })).toBe('Oct 2024 – 2025');
    expect(describeRange({ from: month('2024-10-01'), to: null })).toBe('from Oct 2024');
    expect(describeRange({ from: null, to: { date: '2025-03-05', precision: 'day' } })).toBe('up to 5 Mar 2025');
    expect(describeRange({ from: null, to: null })).toBe('all dates');
  });
});

describe('presetYears', () => {
  it('offers the last four years always, and older years up to six back only where figures fall', () => {
    const today = new Date(Date.UTC(2026, 10, 28));
    expect(presetYears(today, [])).toEqual([2023, 2024, 2025, 2026]);
    expect(presetYears(today, [2015, 2020, 2021, 2024])).toEqual([2020, 2021, 2024, 2023, 2024, 2025, 2026]);
  });
});

describe('isCurrentPreset', () => {
  it('matches a preset by its dates and their precision', () => {
    const year = { date: '2025-01-01', precision: 'year' as const };
    const preset = { label: '2025', from: year, to: year };
    expect(isCurrentPreset(preset, { from: year, to: year })).toBe(true);
    expect(isCurrentPreset(preset, { from: { date: '2025-01-01', precision: 'month' }, to: year })).toBe(false);
    expect(isCurrentPreset({ label: 'All dates', from: null, to: null }, { from: null, to: null })).toBe(true);
    expect(isCurrentPreset({ label: 'All dates', from: null, to: null }, { from: year, to: null })).toBe(false);
  });
});
