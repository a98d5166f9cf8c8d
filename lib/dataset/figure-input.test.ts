import { formatIssue } from '@/lib/importer/errors';
import { validateFigureRow } from '@/lib/importer/rows';
import { parseFigureInput } from './figure-input';

const input = {
  seriesSlug: 'troops-deployed',
  value: 12000,
  qualifier: 'more_than',
  periodStart: '2024-10',
  periodEnd: { date: '2025-01-01', precision: 'month' },
  claimant: { name: 'Dorothy Shea', organization: 'US Government' },
  publisher: { name: 'UPI' },
  url: 'https://www.upi.com/x',
  publishedOn: '2025-01-13',
};

const issues = (value: unknown) => {
  const result = parseFigureInput(value);
  return result.ok ? [] : result.issues;
};

describe('parseFigureInput', () => {
  it('takes a figure as the API names it, with numbers, dates as text or { date, precision }, and fields left out', () => {
    expect(parseFigureInput(input)).toEqual({
      ok: true,
      figure: {
        seriesSlug: 'troops-deployed',
        value: '12000',
        qualifier: 'more_than',
        valueLow: null,
        valueHigh: null,
        periodStart: { date: '2024-10-01', precision: 'month' },
        periodEnd: { date: '2025-01-01', precision: 'month' },
        claimant: { name: 'Dorothy Shea', organization: 'US Government' },
        via: null,
        publisher: { name: 'UPI' },
        url: 'https://www.upi.com/x',
        publicationTitle: null,
        publishedOn: { date: '2025-01-13', precision: 'day' },
        quote: null,
        note: null,
      },
    });
  });

  it('is the schema the CSV importer uses: the same row gives the same figure', () => {
    const row = validateFigureRow(2, {
      series: 'troops-deployed',
      value: '12000',
      qualifier: 'more_than',
      period_start: '2024-10',
      period_end: '2025-01',
      claimant: 'Dorothy Shea',
      claimant_org: 'US Government',
      publisher: 'UPI',
      url: 'https://www.upi.com/x',
      published_on: '2025-01-13',
    });
    expect(row).toEqual({ row: (parseFigureInput(input) as { figure: unknown }).figure, issues: [] });
  });

  it('names each bad field as the API names it, and the CSV importer names its column', () => {
    const bad = { ...input, qualifier: 'range', value: '5', valueLow: 6, valueHigh: '4' };
    expect(issues(bad)).toEqual([{ field: 'valueLow', message: '6 is greater than valueHigh 4' }]);
    expect(
      validateFigureRow(9, { series: 'x', value: '5', qualifier: 'range', value_low: '6', value_high: '4', claimant: 'A', publisher: 'P' }).issues.map(formatIssue),
    ).toEqual(['row 9, column value_low: 6 is greater than value_high 4']);

    expect(issues({ ...input, value: true, claimant: 'Dorothy Shea', publisher: undefined, colour: 'red' })).toEqual([
      { field: 'value', message: 'must be a decimal number, not boolean' },
      { field: 'claimant', message: 'must be an object { "name", "organization" }' },
      { field: 'publisher', message: 'is required: { "name" }' },
      { field: 'colour', message: 'is not a field; the fields are named as the read API names them' },
    ]);
  });

  it('refuses NUL bytes and control characters, allowing tabs and line breaks only in prose', () => {
    expect(issues({ ...input, claimant: { name: 'Dorothy\u0000Shea' } })).toEqual([
      { field: 'claimant.name', message: 'contains a NUL byte at character 8; remove it' },
    ]);
    expect(issues({ ...input, publicationTitle: 'A\u0007title', via: 'two\nlines' })).toEqual([
      { field: 'via', message: 'contains a line break at character 4; remove it' },
      { field: 'publicationTitle', message: 'contains the control character U+0007 at character 2; remove it' },
    ]);
    expect(issues({ ...input, url: 'https://x.org/\u0000' })).toEqual([{ field: 'url', message: 'contains a NUL byte at character 15; remove it' }]);
    expect(issues({ ...input, value: '12\u00000' })).toEqual([{ field: 'value', message: 'contains a NUL byte at character 3; remove it' }]);
    expect(issues({ ...input, quote: 'First line.\n\tSecond line.', note: 'Lone \ud800 surrogate' })).toEqual([
      { field: 'note', message: 'contains an unpaired surrogate (not valid text) at character 6' },
    ]);
  });

  it('keeps a value the database can store exactly, and says so when it cannot', () => {
    expect(issues({ ...input, value: '1.1234567' })).toEqual([{ field: 'value', message: '"1.1234567" has more than 6 decimal places' }]);
    expect(issues({ ...input, value: '1234567890123456789' })).toEqual([
      { field: 'value', message: '"1234567890123456789" has more than 18 digits before the decimal point' },
    ]);
    expect(issues({ ...input, value: 1e21 })).toEqual([{ field: 'value', message: '1e+21 is too large or too small; send it as a decimal string' }]);
  });
});
