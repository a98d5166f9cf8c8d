import { comparePartialDates, formatPartialDate, formatPeriod, parsePartialDate, partialDateFromDb, partialDateSpan, partialDateToDb, partialDateToIso } from './period';
import type { PartialDate } from './types';

const d = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};

describe('parsePartialDate', () => {
  it.each([
    ['2025', { date: '2025-01-01', precision: 'year' }],
    ['2025-07', { date: '2025-07-01', precision: 'month' }],
    ['2024-02-29', { date: '2024-02-29', precision: 'day' }],
  ])('keeps %s at its precision', (text, expected) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2025-02-29', 'Feb 2025 has 28 days'],
    ['2025-13', 'no month 13'],
    ['2025-04-31', 'Apr 2025 has 30 days'],
    ['13/07/2025', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['July 2025', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['0999', 'implausible year'],
  ])('rejects %s with a reason', (text, reason) => {
    const parsed = parsePartialDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe('formatting at precision', () => {
  it('never shows a year as its first day', () => {
    expect(formatPartialDate(d('2025'))).toBe('2025');
    expect(formatPartialDate(d('2025-07'))).toBe('Jul 2025');
    expect(formatPartialDate(d('2025-07-13'))).toBe('13 Jul 2025');
  });

  it('round-trips through the database representation and ISO text', () => {
    for (const text of ['2023', '2024-02', '2025-12-31']) {
      const value = d(text);
      expect(partialDateFromDb(partialDateToDb(value), value.precision)).toEqual(value);
      expect(partialDateToIso(value)).toBe(text);
    }
    expect(partialDateFromDb(null, 'year')).toBeNull();
  });

  it('spans the whole year, month or day', () => {
    expect(partialDateSpan(d('2024'))).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) - 1 });
    expect(partialDateSpan(d('2024-02'))).toEqual({ start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 1) - 1 });
    expect(partialDateSpan(d('2024-02-29'))).toEqual({ start: Date.UTC(2024, 1, 29), end: Date.UTC(2024, 2, 1) - 1 });
  });

  it('orders by first instant, coarser first on a tie', () => {
    const sorted = [d('2024-01-15'), d('2024-01'), d('2023'), d('2024')].sort(comparePartialDates);
    expect(sorted.map(partialDateToIso)).toEqual(['2023', '2024', '2024-01', '2024-01-15']);
  });
});

describe('formatPeriod', () => {
  it('words a running total as of its end date', () => {
    expect(formatPeriod(d('2023'), d('2025-11'), 'cumulative')).toBe('since 2023, as of Nov 2025');
    expect(formatPeriod(null, d('2025-07'), 'cumulative')).toBe('as of Jul 2025');
    expect(formatPeriod(d('2023'), null, 'cumulative')).toBe('since 2023');
  });

  it('words a flow as its period and a target by its date', () => {
    expect(formatPeriod(d('2024-01'), d('2024-12'), 'flow')).toBe('Jan 2024 – Dec 2024');
    expect(formatPeriod(d('2024'), d('2024'), 'change')).toBe('in 2024');
    expect(formatPeriod(d('2025'), d('2025-12'), 'target')).toBe('since 2025, by Dec 2025');
  });

  it('says when no date was given', () => {
    expect(formatPeriod(null, null, 'level')).toBe('date not given');
  });
});
