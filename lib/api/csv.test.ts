import { parse } from 'csv-parse/sync';
import type { FigureView, SeriesView } from '@/lib/figures/types';
import { csvComment, FIGURE_CSV_COLUMNS, figuresCsv, neutraliseFormula } from './csv';

const series: SeriesView = {
  id: 1,
  slug: 'shell-delivery-decline',
  title: 'Fall in shell deliveries',
  unit: 'percent',
  topic: 'munitions',
  kind: 'change',
  description: '',
};

function figure(overrides: Partial<FigureView> = {}): FigureView {
  return {
    figureId: 7,
    versionId: 9,
    version: 2,
    seriesSlug: series.slug,
    value: '-12.5',
    qualifier: 'approx',
    valueLow: null,
    valueHigh: null,
    periodStart: { date: '2024-01-01', precision: 'year' },
    periodEnd: { date: '2025-03-01', precision: 'month' },
    claimant: { id: 1, name: '=HYPERLINK("http://evil.example","x")', organization: '+cmd|calc' },
    via: '@SUM(A1)',
    publisher: { id: 2, name: '-2+3' },
    url: 'https://example.com/a,b',
    publicationTitle: 'Title with "quotes", commas\nand a line break',
    publishedOn: { date: '2025-03-04', precision: 'day' },
    quote: '\tTabbed',
    note: '#hashtag',
    revision: 3,
    ...overrides,
  };
}

describe('neutraliseFormula', () => {
  it('makes cells that a spreadsheet would run start with an apostrophe', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('+1+1')).toBe("'+1+1");
    expect(neutraliseFormula('-1+1')).toBe("'-1+1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });

  it('leaves plain numbers, negative ones included, and ordinary text alone', () => {
    for (const cell of ['-12.5', '-3', '0', '1500000', 'Reuters', 'a=b', '', 'up to 5']) {
      expect(neutraliseFormula(cell)).toBe(cell);
    }
  });
});

describe('figuresCsv', () => {
  const text = figuresCsv({
    permalink: 'https://example.org/explore?s=shell-delivery-decline&rev=3',
    revision: 3,
    series: new Map([[series.slug, series]]),
    figures: [figure(), figure({ figureId: 8, value: '40', quote: null, note: null, via: null, claimant: { id: 3, name: 'Kim', organization: 'NIS' } })],
  });

  it('starts with the permalink and revision in a comment line', () => {
    expect(text.split('\r\n')[0]).toBe('# https://example.org/explore?s=shell-delivery-decline&rev=3 (dataset revision 3)');
  });

  it('parses with a standard CSV parser into one row per figure with every citation column', () => {
    const rows: Record<string, string>[] = parse(text, { columns: true, from_line: 2 });
    expect(Object.keys(rows[0])).toEqual([...FIGURE_CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      series: 'shell-delivery-decline',
      unit: 'percent',
      value: '-12.5',
      period_start: '2024',
      period_end: '2025-03',
      published_on: '2025-03-04',
      title: 'Title with "quotes", commas\nand a line break',
      url: 'https://example.com/a,b',
      figure_id: '7',
      version: '2',
      revision: '3',
    });
    expect(rows[1]).toMatchObject({ value: '40', claimant: 'Kim', claimant_org: 'NIS', via: '', quote: '', note: '' });
  });

  it('keeps formulas inert and still reads with comment handling', () => {
    const rows: Record<string, string>[] = parse(text, { columns: true, comment: '#', comment_no_infix: true });
    expect(rows).toHaveLength(2);
    expect(rows[0].claimant).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(rows[0].claimant_org).toBe("'+cmd|calc");
    expect(rows[0].via).toBe("'@SUM(A1)");
    expect(rows[0].publisher).toBe("'-2+3");
    expect(rows[0].quote).toBe("'\tTabbed");
    // A cell starting with # is quoted, so a comment-aware parser keeps it as data.
    expect(rows[0].note).toBe('#hashtag');
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    }
  });

  it('folds line breaks out of the comment line', () => {
    expect(csvComment('a\r\nb\nc')).toBe('# a b c\r\n');
  });
});
