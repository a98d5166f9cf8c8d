import { splitSentences } from './tokens';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends and keeps offsets into the text', () => {
    const text = 'Troops arrived. About 3,000 stayed!  Why? Nobody knows.';
    expect(sentences(text)).toEqual(['Troops arrived.', 'About 3,000 stayed!', 'Why?', 'Nobody knows.']);
  });

  it.each([
    ['said on Jan. 15. that North Korea sent shells.', 1],
    ['The U.S. State Department put it above 10,000.', 1],
    ['Under Decree No. 1344 workers register.', 1],
    ['Gen. Kim and Lt. Col. Ri spoke. Then they left.', 2],
    ['“We documented 165 camps... These camps exist,” said Kateryna Rashevska. She added more.', 2],
    ['It grew by 6.5 per cent. It fell again.', 2],
  ])('does not end a sentence at abbreviations, decimals or inside a quotation: %s', (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  it('ends a sentence and a paragraph at a line break', () => {
    const parts = splitSentences('First line without a stop\nSecond line.');
    expect(parts.map((p) => p.paragraph)).toEqual([0, 1]);
  });

  it('finds nothing in empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
