import fc from 'fast-check';
import { ExtractionInputError, extractFigures, MAX_TEXT_LENGTH, reviewFigures } from './extract';

const FIELDS = ['value', 'qualifier', 'low', 'high', 'unit', 'what', 'claimant', 'claimant_org', 'via', 'period_start', 'period_end', 'quote', 'start', 'end', 'series', 'confidence'];
const SEED = 'According to Vadym Skibitskyi, Ukraine’s Defense Intelligence deputy head, North Korea has significantly reduced its artillery shell shipments to Russia, with deliveries dropping by more than half in 2024 due to depleted stockpiles. Since 2023, approximately 6.5 million shells were delivered, with no deliveries recorded in September.';

describe('extractFigures', () => {
  it('gives candidates with exactly the fields of the issue, in text order', () => {
    const figures = extractFigures(SEED, { published: '2025-11-20' });
    expect(figures.map((f) => Object.keys(f).sort())).toEqual(figures.map(() => [...FIELDS].sort()));
    expect(figures.map((f) => [f.value, f.qualifier, f.unit])).toEqual([[50, 'more_than', 'percent'], [6_500_000, 'approx', 'shells'], [0, 'exact', 'deliveries']]);
    expect(figures[1]).toMatchObject({ claimant: 'Vadym Skibitskyi', period_start: '2023', period_end: '2025-11-20' });
    expect(figures[2]).toMatchObject({ period_start: '2025-09', period_end: '2025-09' });
  });

  it('quotes the sentence with its offsets', () => {
    for (const figure of extractFigures(SEED)) expect(SEED.slice(figure.start, figure.end)).toBe(figure.quote);
  });

  it('finds no figures in years, ages, durations, times, phone and law numbers', () => {
    const text = 'The 12-year-old boy, in 2023, after a 120-day deployment at 10:30 a.m., called +850 2 381 2100 under Resolution 2270 and Article 5; the 528th Regiment won 3-1.';
    expect(extractFigures(text)).toEqual([]);
  });

  it('refuses a bad publication date and an overlong text with a reason', () => {
    expect(() => extractFigures('5 troops', { published: '2025-13-01' })).toThrow(ExtractionInputError);
    expect(() => extractFigures('x'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(/at most/);
  });

  it('never throws on any text, and every candidate quotes its text', () => {
    const pieces = fc.constantFrom('About', '1,500', 'troops', 'said', 'Kim', 'according to', 'since', 'September', '2024', 'more than', 'half', ',', '.', '"', '“', '\n', 'a thousand', '$', '%', '-', 'to', 'the');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }), fc.option(fc.constantFrom('2025', '2025-06', '2025-06-30')), (parts, published) => {
        const text = parts.join(' ');
        for (const figure of extractFigures(text, { published })) {
          expect(text.slice(figure.start, figure.end)).toBe(figure.quote);
          expect(figure.confidence).toBeGreaterThanOrEqual(0);
          expect(figure.confidence).toBeLessThanOrEqual(1);
          expect(Number.isFinite(figure.value)).toBe(true);
        }
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});

describe('reviewFigures', () => {
  it('gives the matched claimant, the suggested series with its score and the figure already recorded', () => {
    const [reviewed] = reviewFigures('Since 2023, approximately 6.5 million shells were delivered, according to Skibitskyi.', {
      published: '2025-11-20',
      claimants: [{ id: 7, name: 'Vadym Skibitskyi', organization: "Ukraine's Defense Intelligence (HUR)" }],
      series: [{ slug: 'shells-delivered', title: 'Artillery shells sent to Russia', unit: 'shells', kind: 'cumulative', topic: 'munitions', description: 'Running total of shells delivered.' }],
      figures: [{ figureId: 42, seriesSlug: 'shells-delivered', value: '6500000', claimant: 'Vadym Skibitskyi', periodStart: '2023', periodEnd: '2025-11-20' }],
    });
    expect(reviewed.candidate).toMatchObject({ claimant: 'Vadym Skibitskyi', claimant_org: "Ukraine's Defense Intelligence (HUR)", series: 'shells-delivered' });
    expect(reviewed.claimantId).toBe(7);
    expect(reviewed.seriesScore).toBeGreaterThan(0.5);
    expect(reviewed.recordedAs).toBe(42);
  });
});
