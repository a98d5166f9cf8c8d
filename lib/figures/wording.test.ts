import { describeClaimant, describeFigure, describeQuantity, formatExact, formatNumber, shortValue, sourceLine } from './wording';
import type { FigureView } from './types';
import { figure } from '@/tests/factories/figures';

describe('numbers', () => {
  it('groups exact digits without float rounding', () => {
    expect(formatExact('1859')).toBe('1,859');
    expect(formatExact('2.50')).toBe('2.5');
    expect(formatExact('12345678901234567890')).toBe('12,345,678,901,234,567,890');
  });

  it('uses millions only when no stated digit is lost', () => {
    expect(formatNumber('6500000')).toBe('6.5 million');
    expect(formatNumber('1500000')).toBe('1.5 million');
    expect(formatNumber('1234567')).toBe('1,234,567');
    expect(formatNumber('12000')).toBe('12,000');
  });
});

describe('qualifiers in words', () => {
  it.each([
    [{ qualifier: 'more_than', value: '10000' }, 'troops', 'more than 10,000 troops'],
    [{ qualifier: 'up_to', value: '4800000' }, 'shells', 'up to 4.8 million shells'],
    [{ qualifier: 'range', value: '5000000', valueLow: '4000000', valueHigh: '6000000' }, 'shells', '4 to 6 million shells'],
    [{ qualifier: 'approx', value: '6500000' }, 'shells', 'about 6.5 million shells'],
    [{ qualifier: 'at_least', value: '300' }, 'troops', 'at least 300 troops'],
    [{ qualifier: 'less_than', value: '50' }, 'percent', 'less than 50 percent'],
    [{ qualifier: 'exact', value: '1859' }, 'children', '1,859 children'],
  ] as const)('%o %s', (fields, unit, expected) => {
    expect(describeQuantity(figure(fields as Partial<FigureView>), unit)).toBe(expected);
  });

  it('marks qualifiers compactly for chart labels', () => {
    expect(shortValue(figure({ qualifier: 'more_than', value: '12000' }))).toBe('>12k');
    expect(shortValue(figure({ qualifier: 'up_to', value: '4800000' }))).toBe('≤4.8M');
    expect(shortValue(figure({ qualifier: 'range', value: '5000000', valueLow: '4000000', valueHigh: '6000000' }))).toBe('4M–6M');
  });
});

describe('sources in words', () => {
  it('writes the headline sentence with claimant apart from publisher', () => {
    expect(describeFigure(figure(), { unit: 'shells', kind: 'cumulative' })).toBe(
      "about 6.5 million shells since 2023, as of Nov 2025, per Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR), reported by TSN.ua",
    );
  });

  it('says when a figure has no date and names the channel', () => {
    const text = describeFigure(figure({ periodStart: null, periodEnd: null, via: 'Reuters interview' }), { unit: 'shells', kind: 'cumulative' });
    expect(text).toBe("about 6.5 million shells (no date given), per Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR) (via Reuters interview), reported by TSN.ua");
  });

  it('does not repeat a body that made the claim itself', () => {
    expect(describeClaimant({ id: 2, name: 'US Government', organization: 'US Government' })).toBe('US Government');
    expect(describeClaimant({ id: 3, name: 'unnamed (as reported)', organization: 'unknown' })).toBe('unnamed (as reported)');
    expect(describeClaimant({ id: 4, name: 'South Korean intelligence', organization: 'South Korean intelligence (unspecified)' })).toBe(
      'South Korean intelligence',
    );
  });

  it('lists every distinct claimant and publisher once', () => {
    const other = figure({ claimant: { id: 2, name: 'Shin Won-sik', organization: 'South Korea MND' }, publisher: { id: 2, name: 'Yonhap' } });
    expect(sourceLine([figure(), figure(), other])).toBe(
      "Sources: Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR); Shin Won-sik, South Korea MND. Published by TSN.ua, Yonhap.",
    );
    expect(sourceLine([])).toBe('Sources: none yet');
  });
});
