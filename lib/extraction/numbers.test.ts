import { findNumbers, type NumberKind } from './numbers';
import { splitSentences } from './tokens';

function numbersIn(text: string) {
  const sentences = splitSentences(text);
  return findNumbers(sentences).flatMap((mentions, i) =>
    mentions.map((m) => ({ ...m, text: text.slice(sentences[i].tokens[m.first].start, sentences[i].tokens[m.last].end) })),
  );
}

function kindOf(text: string, written: string): NumberKind | undefined {
  return numbersIn(text).find((n) => n.text.includes(written))?.kind;
}

describe('findNumbers', () => {
  it.each([
    ['nine soldiers died', 9],
    ['twenty-seven hundred shells', 2700],
    ['two hundred thousand rounds', 200000],
    ['a thousand troops', 1000],
    ['a dozen launchers', 12],
    ['about four-thousand casualties', 4000],
    ['27-hundred wounded', 2700],
    ['165-thousand barrels', 165000],
    ['6.5 million shells', 6500000],
    ['1.5 thousand tourists', 1500],
    ['$34.4 mln in trade', 34400000],
    ['3.1bn roubles', 3100000000],
    ['1,859 children', 1859],
  ])('reads %s as %d', (text, value) => {
    expect(numbersIn(text)[0].value).toBe(value);
  });

  it.each([
    ['During the 120-day deployment, nine soldiers died.', '120', 'duration'],
    ['Children like 12-year-old Misha were sent.', '12', 'age'],
    ['Kim Jong Un, 41, met Putin.', '41', 'age'],
    ['Children aged 10 to 17 were returned.', '17', 'age'],
    ['Since 2023, shells were delivered.', '2023', 'year'],
    ['The 2024 treaty was signed.', '2024', 'year'],
    ['It happened on September 13, 2023, in Vostochny.', '13', 'date'],
    ['They met on 3 March in Khasan.', '3', 'date'],
    ['The train left at 06:45 sharp.', '06', 'time'],
    ['Call +850 2 381 2100 now.', '381', 'phone'],
    ['Resolution 2270 was adopted.', '2270', 'code'],
    ['Decree No. 1344 was signed.', '1344', 'code'],
    ['KN-23 missiles were fired.', '23', 'code'],
    ['the 1718 Sanctions Committee said', '1718', 'code'],
    ['The 528th Engineer Regiment returned.', '528', 'ordinal'],
    ['mainly 122 mm shells', '122', 'calibre'],
    ['North Korea beat South Korea 3-1 in the cup.', '3', 'score'],
    ['trade surged by nine times', 'nine', 'multiplier'],
    ['at any one time', 'one', 'vague'],
    ['2000 children were returned.', '2000', 'figure'],
    ['4-5 trains a week', '4', 'figure'],
  ])('%s: "%s" is a %s', (text, written, kind) => {
    expect(kindOf(text, written)).toBe(kind);
  });

  it('reads currencies, percentages and proportions', () => {
    const [wage, share, half, proportion, none] = numbersIn('$2.50 per hour, 56% of them, nearly half of the families, one in five, and no deliveries recorded');
    expect(wage).toMatchObject({ value: 2.5, currency: 'USD', kind: 'figure' });
    expect(share).toMatchObject({ value: 56, percent: 'percent' });
    expect(half).toMatchObject({ value: 50, proportion: true });
    expect(proportion).toMatchObject({ value: 20, proportion: true });
    expect(none).toMatchObject({ value: 0, noneOf: 'deliveries' });
  });

  it('does not read "the first half" or "a week and a half" as proportions', () => {
    expect(numbersIn('in the first half of 2024 and for a week and a half').filter((n) => n.proportion)).toEqual([]);
  });
});
