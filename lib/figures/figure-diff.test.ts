import { figure, SHELLS } from '@/tests/factories/figures';
import { describeFigureFields, diffFigureVersions, FIGURE_FIELDS } from './figure-diff';
import { SERIES_KINDS } from './types';

describe('a version in words', () => {
  it('gives every field, saying which the version leaves out', () => {
    const fields = describeFigureFields(figure({ via: 'Reuters interview', url: 'https://example.org/a' }), SHELLS);
    expect(fields.map((f) => f.field)).toEqual([...FIGURE_FIELDS]);
    expect(Object.fromEntries(fields.map((f) => [f.field, [f.text, f.absent]]))).toEqual({
      value: ['about 6.5 million shells', false],
      period: ['since 2023, as of Nov 2025', false],
      claimant: ["Vadym Skibitskyi, Ukraine's Defense Intelligence (HUR)", false],
      via: ['Reuters interview', false],
      publisher: ['TSN.ua', false],
      title: ['not given', true],
      link: ['https://example.org/a', false],
      published: ['not given', true],
      quote: ['none', true],
      note: ['none', true],
    });
  });

  it('keeps dates at their precision and periods in the words of the series’ kind', () => {
    const dated = figure({ periodStart: { date: '2024-10-01', precision: 'month' }, periodEnd: { date: '2025-04-13', precision: 'day' }, publishedOn: { date: '2025-01-01', precision: 'year' } });
    const byKind = SERIES_KINDS.map((kind) => describeFigureFields(dated, { ...SHELLS, kind }).find((f) => f.field === 'period')?.text);
    expect(byKind).toEqual([
      'since Oct 2024, as of 13 Apr 2025',
      'since Oct 2024, as of 13 Apr 2025',
      'Oct 2024 – 13 Apr 2025',
      'since Oct 2024, by 13 Apr 2025',
      'Oct 2024 – 13 Apr 2025',
      'Oct 2024 – 13 Apr 2025',
    ]);
    expect(describeFigureFields(dated, SHELLS).find((f) => f.field === 'published')?.text).toBe('2025');
    const undated = describeFigureFields(figure({ periodStart: null, periodEnd: null }), SHELLS).find((f) => f.field === 'period');
    expect(undated).toEqual({ field: 'period', text: 'date not given', absent: true });
  });
});

describe('what a version changed', () => {
  it('lists only the fields that differ, before and after in words', () => {
    const before = figure({ value: '15000', qualifier: 'approx', note: null });
    const after = figure({ value: '16500', qualifier: 'more_than', note: 'Revised after a briefing.' });
    expect(diffFigureVersions(before, after, SHELLS)).toEqual([
      { field: 'value', before: { text: 'about 15,000 shells', absent: false }, after: { text: 'more than 16,500 shells', absent: false } },
      { field: 'note', before: { text: 'none', absent: true }, after: { text: 'Revised after a briefing.', absent: false } },
    ]);
  });

  it('finds nothing between two versions that state the same', () => {
    expect(diffFigureVersions(figure({ versionId: 1, version: 1 }), figure({ versionId: 2, version: 2, revision: 3 }), SHELLS)).toEqual([]);
  });

  it('tells a new precision from the same date', () => {
    const changes = diffFigureVersions(
      figure({ periodEnd: { date: '2025-11-01', precision: 'month' } }),
      figure({ periodEnd: { date: '2025-11-01', precision: 'day' } }),
      SHELLS,
    );
    expect(changes.map((c) => [c.field, c.before.text, c.after.text])).toEqual([['period', 'since 2023, as of Nov 2025', 'since 2023, as of 1 Nov 2025']]);
  });

  it('shows a range’s midpoint, or a claimant’s body, when the usual words would read the same', () => {
    const range = { qualifier: 'range' as const, valueLow: '4000000', valueHigh: '6000000' };
    const [value] = diffFigureVersions(figure({ ...range, value: '5000000' }), figure({ ...range, value: '5500000' }), SHELLS);
    expect([value.before.text, value.after.text]).toEqual(['4 to 6 million shells (midpoint 5 million)', '4 to 6 million shells (midpoint 5.5 million)']);

    const claimant = { id: 1, name: 'South Korean intelligence', organization: 'South Korean intelligence' };
    const [body] = diffFigureVersions(figure({ claimant }), figure({ claimant: { ...claimant, organization: 'unknown' } }), SHELLS);
    expect([body.field, body.before.text, body.after.text]).toEqual([
      'claimant',
      'South Korean intelligence (body: South Korean intelligence)',
      'South Korean intelligence (body: unknown)',
    ]);
  });

  it('reads a bound that moved between qualifiers in words', () => {
    const [value] = diffFigureVersions(figure({ qualifier: 'up_to', value: '4800000' }), figure({ qualifier: 'exact', value: '4800000' }), SHELLS);
    expect([value.before.text, value.after.text]).toEqual(['up to 4.8 million shells', '4.8 million shells']);
  });
});
