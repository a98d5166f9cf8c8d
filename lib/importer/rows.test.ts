import { readCsv } from './csv';
import { ImportError, formatIssue } from './errors';
import { normaliseDecimal } from '@/lib/dataset/field-rules';
import { FIGURE_COLUMNS, validateFigureRow } from './rows';

const HEADER = 'series,value,qualifier,value_low,value_high,period_start,period_end,claimant,claimant_org,via,publisher,published_on,url,quote,note';

function row(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    series: 'troops-deployed',
    value: '12000',
    qualifier: 'more_than',
    value_low: '',
    value_high: '',
    period_start: '2024-10',
    period_end: '2025-01',
    claimant: 'Dorothy Shea',
    claimant_org: 'US Government',
    via: '',
    publisher: 'UPI',
    published_on: '2025-01-13',
    url: 'https://www.upi.com/x',
    quote: '',
    note: '',
    ...overrides,
  };
}

function messages(values: Record<string, string>, rowNumber = 17): string[] {
  return validateFigureRow(rowNumber, values).issues.map(formatIssue);
}

async function readRows(bytes: Uint8Array): Promise<{ rowNumber: number; series: string; note: string }[]> {
  const rows: { rowNumber: number; series: string; note: string }[] = [];
  await readCsv(bytes, 'figures.csv', FIGURE_COLUMNS, (rowNumber, cells) => rows.push({ rowNumber, series: cells('series'), note: cells('note') }));
  return rows;
}

async function csvIssues(text: string | Uint8Array): Promise<string[]> {
  try {
    await readRows(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  } catch (error) {
    if (error instanceof ImportError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

describe('validateFigureRow', () => {
  it('accepts a good row and keeps its precision', () => {
    const { row: parsed, issues } = validateFigureRow(2, row());
    expect(issues).toEqual([]);
    expect(parsed).toMatchObject({
      value: '12000',
      qualifier: 'more_than',
      periodStart: { date: '2024-10-01', precision: 'month' },
      publishedOn: { date: '2025-01-13', precision: 'day' },
      claimant: { name: 'Dorothy Shea', organization: 'US Government' },
    });
  });

  it('names the row, the column and the allowed values for a bad qualifier', () => {
    expect(messages(row({ qualifier: 'moar_than' }))).toEqual([
      'row 17, column qualifier: "moar_than" is not one of exact, approx, at_least, more_than, up_to, less_than, range',
    ]);
  });

  it('reports every problem in a row at once', () => {
    expect(messages(row({ value: '1,500,000', period_end: '2025-02-30', url: 'javascript:alert(1)', claimant: '' }))).toEqual([
      'row 17, column value: "1,500,000" has thousands separators; write it as 1500000',
      'row 17, column period_end: "2025-02-30" is not a real date: Feb 2025 has 28 days',
      'row 17, column claimant: is empty; the claimant (who made the claim) is required',
      'row 17, column url: "javascript:alert(1)" is not an http or https link',
    ]);
  });

  it('checks ranges: both bounds, low not above high, value inside', () => {
    expect(messages(row({ qualifier: 'range', value: '5', value_low: '6', value_high: '4' }))).toEqual([
      'row 17, column value_low: 6 is greater than value_high 4',
    ]);
    expect(messages(row({ qualifier: 'range', value: '5' }))).toEqual([
      'row 17, column value_low: is empty; a range needs its low bound',
      'row 17, column value_high: is empty; a range needs its high bound',
    ]);
    expect(messages(row({ qualifier: 'range', value: '9', value_low: '4', value_high: '6' }))).toEqual([
      'row 17, column value: 9 lies outside the range 4 to 6',
    ]);
    expect(messages(row({ value_low: '4' }))).toEqual(['row 17, column value_low: must be empty unless qualifier is range (it is more_than)']);
  });

  it('accepts a period whose end is coarser than its start', () => {
    expect(messages(row({ period_start: '2024-06', period_end: '2024' }))).toEqual([]);
  });

  it('rejects a period that ends before it starts, and words that are not numbers', () => {
    expect(messages(row({ period_start: '2025-02', period_end: '2025-01' }))).toEqual([
      'row 17, column period_start: 2025-02 is after period_end 2025-01',
    ]);
    expect(messages(row({ value: 'about 5000' }))).toEqual(['row 17, column value: "about 5000" is not a plain decimal number such as 12000 or 2.5']);
  });

  it('defaults the organisation to the claimant', () => {
    expect(validateFigureRow(2, row({ claimant_org: '' })).row?.claimant.organization).toBe('Dorothy Shea');
  });

  it('normalises decimals so equal values compare equal', () => {
    expect(normaliseDecimal('1500000.00')).toBe('1500000');
    expect(normaliseDecimal('002.50')).toBe('2.5');
    expect(normaliseDecimal('-0.0')).toBe('0');
  });
});

describe('readCsv', () => {
  const good = `${HEADER}\ntroops-deployed,12000,more_than,,,2024-10,2025-01,Dorothy Shea,US Government,,UPI,2025-01-13,https://www.upi.com/x,,\n`;

  it('reads UTF-8 with a BOM and CRLF line ends', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good.replace(/\n/g, '\r\n'))]);
    expect(await readRows(bytes)).toEqual([{ rowNumber: 2, series: 'troops-deployed', note: '' }]);
  });

  it('explains empty files, a header without rows and a missing header', async () => {
    expect(await csvIssues('')).toEqual(['the file is empty; it needs a header row and at least one row']);
    expect(await csvIssues(`${HEADER}\n`)).toEqual(['the file has a header but no rows']);
    expect((await csvIssues('troops-deployed,12000,more_than,,,2024-10,2025-01,Dorothy Shea,US Government,,UPI,2025-01-13,,,\n'))[0]).toMatch(
      /^row 1: the first row is not a header/,
    );
  });

  it('names unknown and missing columns', async () => {
    expect(await csvIssues('series,value,qualifer,claimant,publisher\nx,1,exact,a,b\n')).toEqual([
      expect.stringMatching(/^row 1, column qualifer: unknown column "qualifer"; the columns are series, value, qualifier/),
      'row 1, column qualifier: the header has no column "qualifier", which is required',
    ]);
  });

  it('refuses UTF-16 and invalid UTF-8 with advice', async () => {
    expect(await csvIssues(Buffer.from('\ufeffseries', 'utf16le'))).toEqual([
      'the file is UTF-16 encoded; save it as UTF-8 (CSV UTF-8 in spreadsheet programs)',
    ]);
    expect(await csvIssues(Buffer.from([0x73, 0xe9, 0x72, 0x69, 0x65, 0x73]))).toEqual([
      'the file is not valid UTF-8; save it as UTF-8 (CSV UTF-8 in spreadsheet programs)',
    ]);
  });

  it('names a row whose cell count does not match the header', async () => {
    expect(await csvIssues(`${HEADER}\ntroops-deployed,12000\n`)).toEqual(['row 2: has 2 cells but the header has 15 columns']);
  });
});
