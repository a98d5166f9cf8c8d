import { parsePublished, periodsOf, pointToString } from './period';
import { splitSentences } from './tokens';

/** The period of the figure written as `figure` in `text`. */
function periodOf(text: string, figure: string, published: string | null) {
  const [sentence] = splitSentences(text);
  const at = sentence.tokens.findIndex((t) => t.text === figure);
  const figures = sentence.tokens.flatMap((t, i) => (t.kind === 'number' && /^\d{2,7}$/.test(t.text) && !/^(?:19|20)\d\d$/.test(t.text) ? [{ first: i, last: i }] : []));
  const periods = periodsOf(sentence, parsePublished(published), figures);
  const { start, end } = periods.periodAt(at);
  return [pointToString(start), pointToString(end)];
}

describe('periods', () => {
  it.each([
    ['Since 2023, 6500 shells were delivered.', '2025-11-20', ['2023', '2025-11-20']],
    ['Since 2023, 6500 shells were delivered.', null, ['2023', null]],
    ['It sent 5000 troops since September.', '2025-11-04', ['2025-09', '2025-11-04']],
    ['It sent 5000 troops since August.', '2024-02-27', ['2023-08', '2024-02-27']],
    ['Russia accepted 96 students last year.', '2025-06', ['2024', '2024']],
    ['Russia accepted 96 students last year.', null, [null, null]],
    ['No 500 were recorded in September.', '2025-10-02', ['2025-09', '2025-09']],
    ['It will recruit 12000 workers by the end of 2025.', '2025-01-10', [null, '2025-12']],
    ['It expects 10000 by December.', '2024-10-23', [null, '2024-12']],
    ['It shipped 165000 barrels in March alone.', '2024-05-03', ['2024-03', '2024-03']],
    ['Over the past three months, 300 arrived.', '2025-05-08', ['2025-02', '2025-05-08']],
    ['In the first quarter, 167 entered.', '2025-05-08', ['2025-01', '2025-03']],
    ['370 entered in the first six months of 2023.', '2023-10', ['2023-01', '2023-06']],
    ['It rose to 1000 in the first half of 2024.', null, ['2024-01', '2024-06']],
    ['Currently, 19514 are deported.', '2023-03-28', [null, '2023-03-28']],
    ['As of October 1, 1645 were returned.', '2025-10-08', [null, '2025-10-01']],
    ['They counted 1000 killed last week alone.', '2024-12-28', ['2024-12-16', '2024-12-22']],
    ['At least 210 sites since the full-scale invasion began.', '2025-09', ['2022-02-24', '2025-09']],
    ['It counted 1500 between October 8 and October 13.', '2024-10-18', ['2024-10-08', '2024-10-13']],
    ['A 2024–2026 plan foresees 40 trains.', null, ['2024', '2026']],
    ['A spokesperson said on Jan. 15. that 1000000 were supplied.', '2024-01-21', [null, '2024-01-15']],
    ['In March, prosecutors reported that 50 were fired since the beginning of the full-scale invasion.', '2024-05-07', ['2022-02-24', '2024-03']],
    ['The train carried 24 wagons on 3 March.', '2025-03-05', ['2025-03-03', '2025-03-03']],
    ['In photos, 101 portraits were visible.', '2025-08-22', [null, null]],
  ])('%s (published %s)', (text, published, expected) => {
    const figure = text.match(/\b\d{2,7}\b(?! \d)/g)?.find((n) => !/^(?:19|20)\d\d$/.test(n)) as string;
    expect(periodOf(text, figure, published)).toEqual(expected);
  });

  it('resolves "the previous quarter" against the other period of the sentence', () => {
    const text = 'Only 300 entered in the first three months of the year, down from 5500 in the previous quarter.';
    expect(periodOf(text, '5500', '2025-05-08')).toEqual(['2024-10', '2024-12']);
  });

  it('keeps a time phrase after a figure for that figure, not for an earlier one in another clause', () => {
    const text = 'They sent 14000 troops in total, among them 3000 reinforcements who arrived this year.';
    expect(periodOf(text, '14000', '2025-04-15')).toEqual([null, null]);
    expect(periodOf(text, '3000', '2025-04-15')).toEqual(['2025', '2025']);
  });
});
